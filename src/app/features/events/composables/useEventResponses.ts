import type { FeedbackRow } from '../../../db/schema'
import { onScopeDispose, type Ref, shallowRef, watch } from 'vue'
import { observeEventResponses } from '../../../db/eventReads'

/** The public's feedback items and questionnaire responses recorded for one event (read only: 意见 handles them). */
export function useEventResponses(eventId: Ref<string>) {
  const feedback = shallowRef<FeedbackRow[]>([])
  const responseCount = shallowRef(0)
  let stop: (() => void) | null = null
  watch(eventId, (id) => {
    stop?.()
    stop = observeEventResponses(id, (value) => {
      feedback.value = value.feedback
      responseCount.value = value.responseCount
    }, () => {})
  }, { immediate: true })
  onScopeDispose(() => stop?.())
  return { feedback, responseCount }
}
