import type { EventRow } from '../../../db/schema'
import { computed } from 'vue'
import { deskEvents } from '../../../../shared/events/desk'
import { observeEvents } from '../../../db/eventReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useLive } from '../../../composables/useLive'

/** 首页: my unit's open days today and in the next two weeks (every unit's for coordinators). */
export function useDeskEvents(now: () => number = Date.now) {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const read = useLive(() => observeEvents(session.isCoordinator ? null : settings.myUnit), [] as EventRow[])

  const desk = computed(() => deskEvents(read.data.value, now()))
  return { today: computed(() => desk.value.today), upcoming: computed(() => desk.value.upcoming), ready: computed(() => !read.loading.value), error: read.error, retry: read.retry }
}
