import type { FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { observeOverdueFeedback } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useLive } from '../../../composables/useLive'

/** 首页: the feedback this person handles that is past its reply deadline and still unanswered. */
export function useFeedbackOverdue() {
  const session = useSessionStore()
  const settings = useSettingsStore()
  // A device with no unit chosen yet handles nobody's items; coordinators handle everyone's.
  const read = useLive(() => session.isCoordinator || settings.myUnit
    ? observeOverdueFeedback(session.isCoordinator ? null : settings.myUnit, shanghaiDate(Date.now()))
    : null, [] as FeedbackRow[])
  const overdue = read.data

  return { overdue, count: computed(() => overdue.value.length), loading: read.loading, error: read.error, retry: read.retry }
}
