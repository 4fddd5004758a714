import type { FaqRow } from '../../../db/schema'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { observeFaqs } from '../../../db/faqRepository'
import { useLive } from '../../../composables/useLive'

/** Every FAQ entry on the device, read once for the list and the drafts from 集中反映. */
export const useFaqRowsStore = defineStore('faqRows', () => {
  const read = useLive(() => observeFaqs(), [] as FaqRow[])
  return { rows: read.data, ready: computed(() => !read.loading.value), error: read.error, retry: read.retry }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFaqRowsStore, import.meta.hot))
