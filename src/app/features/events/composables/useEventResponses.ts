import type { EventResponses } from '../../../db/eventReads'
import { computed, type Ref } from 'vue'
import { observeEventResponses } from '../../../db/eventReads'
import { useLive } from '../../../composables/useLive'

/** The public's feedback items and questionnaire responses recorded for one event (read only: 意见 handles them). */
export function useEventResponses(eventId: Ref<string>) {
  const read = useLive(() => observeEventResponses(eventId.value), { feedback: [], responseCount: 0 } as EventResponses)
  const feedback = computed(() => read.data.value.feedback)
  const responseCount = computed(() => read.data.value.responseCount)
  return { feedback, responseCount, error: read.error, retry: read.retry }
}
