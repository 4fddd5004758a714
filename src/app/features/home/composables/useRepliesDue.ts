import type { FeedbackRow } from '../../../db/schema'
import { computed, onScopeDispose, ref } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { repliesDue, replyDueHorizon } from '../../../../shared/feedback/repliesDue'
import { observeOverdueFeedback } from '../../../db/feedbackReads'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'
import { useFeedbackSettings } from '../../feedback'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'

/**
 * Feedback this person must answer soon: unanswered items of their unit (or referred to it;
 * every unit's for coordinators) overdue or due within a few working days. One live query
 * shared by 首页's desk and the badge on the 意见 tab.
 */
export const useRepliesDue = sharedComposable(() => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const { calendar } = useFeedbackSettings()
  const today = ref(shanghaiDate(Date.now()))
  // A phone left on overnight moves on to the next day's deadlines.
  const tick = setInterval(() => (today.value = shanghaiDate(Date.now())), 10 * 60_000)
  const scope = computed(() => session.isCoordinator ? null : settings.myUnit)
  const horizon = computed(() => replyDueHorizon(today.value, calendar.value))
  const read = useLive(() => session.isCoordinator || scope.value
    ? observeOverdueFeedback(scope.value, horizon.value)
    : null, [] as FeedbackRow[])
  const rows = read.data
  const ready = computed(() => !read.loading.value)
  onScopeDispose(() => clearInterval(tick))

  const due = computed(() => repliesDue(rows.value, today.value, calendar.value))
  const overdue = computed(() => due.value.filter(entry => entry.daysLeft < 0).length)
  return { due, count: computed(() => due.value.length), overdue, ready, error: read.error, retry: read.retry }
})
