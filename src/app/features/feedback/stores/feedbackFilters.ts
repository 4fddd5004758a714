import type { EventType } from '../../../../shared/records/event'
import type { FeedbackStatus } from '../../../../shared/records/feedback'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** The inbox's filters, kept for the session so coming back from an item finds the list as it was left. */
export const useFeedbackFiltersStore = defineStore('feedbackFilters', () => {
  const text = ref('')
  /** One event's feedback, as the event screen links here. */
  const eventId = ref<string | null>(null)
  const unit = ref<string | null>(null)
  const eventType = ref<EventType | null>(null)
  const topic = ref<string | null>(null)
  const status = ref<FeedbackStatus | null>(null)
  const overdue = ref<boolean | null>(null)

  function reset() {
    text.value = ''
    for (const choice of [eventId, unit, eventType, topic, status, overdue])
      choice.value = null
  }

  return { text, eventId, unit, eventType, topic, status, overdue, reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFeedbackFiltersStore, import.meta.hot))
