import type { EventStatus, EventType } from '../../../../shared/records/event'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** The 活动 list's filters, kept for the session so coming back from an event finds the list as it was left. */
export const useEventFiltersStore = defineStore('eventFilters', () => {
  const unit = ref<string | null>(null)
  const type = ref<EventType | null>(null)
  const status = ref<EventStatus | null>(null)
  /** 'YYYY-MM' of the start. */
  const month = ref<string | null>(null)

  function clear() {
    unit.value = null
    type.value = null
    status.value = null
    month.value = null
  }

  return { unit, type, status, month, clear }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useEventFiltersStore, import.meta.hot))
