import type { EventRow } from '../../../db/schema'
import { computed } from 'vue'
import { observeEvents } from '../../../db/eventReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'

/** The events feedback may be linked to, by id: their titles for lists and exports, their types for filters. */
export const useFeedbackEvents = sharedComposable(() => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const read = useLive(() => session.isCoordinator || settings.myUnit
    ? observeEvents(session.isCoordinator ? null : settings.myUnit)
    : null, [] as EventRow[])
  const events = read.data
  const byId = computed(() => new Map(events.value.map(event => [event.id, event])))
  const titles = computed(() => new Map(events.value.map(event => [event.id, event.title])))
  return { events, byId, titles, error: read.error, retry: read.retry }
})
