import { defineAsyncComponent } from 'vue'

/**
 * "Not found" for a screen opened on a record this phone does not hold. Its code (Vant's empty-state
 * picture) loads only when it shows: most visits find what they open.
 */
export const NotFoundNotice = defineAsyncComponent(() => import('./NotFoundNotice.vue'))
