import type { EventRow } from '../../../db/schema'
import { computed, shallowRef, watch } from 'vue'
import { observeEvents } from '../../../db/eventReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { sharedComposable } from '../../../composables/sharedComposable'

/** The events feedback may be linked to, by id: their titles for lists and exports, their types for filters. */
export const useFeedbackEvents = sharedComposable(() => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const isCoordinator = computed(() => session.isCoordinator)
  const unit = computed(() => settings.myUnit)
  const events = shallowRef<EventRow[]>([])
  let stop: (() => void) | null = null
  watch([isCoordinator, unit], ([everyone, mine]) => {
    stop?.()
    stop = null
    events.value = []
    if (everyone || mine) {
      stop = observeEvents(everyone ? null : mine, (rows) => {
        events.value = rows
      }, () => {})
    }
  }, { immediate: true })
  const byId = computed(() => new Map(events.value.map(event => [event.id, event])))
  const titles = computed(() => new Map(events.value.map(event => [event.id, event.title])))
  return { events, byId, titles }
})
