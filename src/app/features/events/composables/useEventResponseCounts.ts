import type { Ref } from 'vue'
import { type EventResponseCounts, observeEventResponseCounts } from '../../../db/eventReads'
import { useLive } from '../../../composables/useLive'

/** How many feedback items and questionnaire responses an event has, kept current (the items are 意见's). */
export function useEventResponseCounts(eventId: Ref<string>) {
  return useLive(() => observeEventResponseCounts(eventId.value), { feedback: 0, responses: 0 } as EventResponseCounts)
}
