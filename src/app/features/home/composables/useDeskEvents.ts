import type { EventRow } from '../../../db/schema'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { deskEvents } from '../../../../shared/events/desk'
import { observeEvents } from '../../../db/eventReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'

/** 首页: my unit's open days today and in the next two weeks (every unit's for coordinators). */
export function useDeskEvents(now: () => number = Date.now) {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const events = shallowRef<EventRow[]>([])
  const ready = ref(false)
  const failed = ref(false)
  let stop: (() => void) | null = null

  watch(() => session.isCoordinator ? null : settings.myUnit, (unit) => {
    stop?.()
    stop = observeEvents(unit, (rows) => {
      events.value = rows
      ready.value = true
      failed.value = false
    }, () => {
      ready.value = true
      failed.value = true
    })
  }, { immediate: true })
  onScopeDispose(() => stop?.())

  const desk = computed(() => deskEvents(events.value, now()))
  return { today: computed(() => desk.value.today), upcoming: computed(() => desk.value.upcoming), ready, failed }
}
