import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { repliesDue, replyDueHorizon } from '../../../../shared/feedback/repliesDue'
import { observeOpenDue, type OpenDue } from '../../../db/feedbackReads'
import { useLive } from '../../../composables/useLive'
import { useFeedbackSettings } from '../../feedback'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'

/** The rows 首页's desk lists; the rest are counted, not read. */
const shownRows = 5

/**
 * Feedback this person must answer soon: unanswered items of their unit (or referred to it;
 * every unit's for coordinators) overdue or due within a few working days. One live query
 * shared by 首页's desk and the badge on the 意见 tab: how many, and the most pressing few.
 */
export const useRepliesDueStore = defineStore('repliesDue', () => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const { calendar } = useFeedbackSettings()
  const today = ref(shanghaiDate(Date.now()))
  // A phone left on overnight moves on to the next day's deadlines.
  const tick = setInterval(() => (today.value = shanghaiDate(Date.now())), 10 * 60_000)
  const scope = computed(() => session.isCoordinator ? null : settings.myUnit)
  const horizon = computed(() => replyDueHorizon(today.value, calendar.value))
  // The horizon is the day after the last one within the working days counted as due soon.
  const read = useLive(() => session.isCoordinator || scope.value
    ? observeOpenDue(scope.value, horizon.value, shownRows)
    : null, { count: 0, first: [] } as OpenDue)
  const ready = computed(() => !read.loading.value)
  onScopeDispose(() => clearInterval(tick))

  /** The most pressing few, with their working days left. */
  const first = computed(() => repliesDue(read.data.value.first, today.value, calendar.value))
  return { first, count: computed(() => read.data.value.count), ready, error: read.error, retry: read.retry }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useRepliesDueStore, import.meta.hot))
