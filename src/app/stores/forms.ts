import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, reactive } from 'vue'

/**
 * Which forms hold typing that is not saved yet. The update prompt and the service-worker
 * takeover read this, so a new version never reloads the page under a half-filled form.
 */
export const useFormsStore = defineStore('forms', () => {
  const dirty = reactive(new Set<string>())
  const hasUnsaved = computed(() => dirty.size > 0)

  function setDirty(formId: string, isDirty: boolean) {
    if (isDirty)
      dirty.add(formId)
    else
      dirty.delete(formId)
  }

  return { dirty, hasUnsaved, setDirty }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFormsStore, import.meta.hot))
