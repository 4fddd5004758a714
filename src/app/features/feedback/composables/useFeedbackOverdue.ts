import { shanghaiDate } from '../../../../shared/calendar'
import { observeOpenDueCount } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useLive } from '../../../composables/useLive'

/** 首页: the feedback this person handles that is past its reply deadline and still unanswered. */
export function useFeedbackOverdue() {
  const session = useSessionStore()
  const settings = useSettingsStore()
  // A device with no unit chosen yet handles nobody's items; coordinators handle everyone's.
  const read = useLive(() => session.isCoordinator || settings.myUnit
    ? observeOpenDueCount(session.isCoordinator ? null : settings.myUnit, shanghaiDate(Date.now()))
    : null, 0)

  return { count: read.data, loading: read.loading, error: read.error, retry: read.retry }
}
