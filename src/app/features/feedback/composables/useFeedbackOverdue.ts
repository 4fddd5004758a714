import type { FeedbackRow } from '../../../db/schema'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { observeOverdueFeedback } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'

/** 首页: the feedback this person handles that is past its reply deadline and still unanswered. */
export function useFeedbackOverdue() {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const overdue = shallowRef<FeedbackRow[]>([])
  let stop: (() => void) | null = null

  watch(() => [session.isCoordinator, settings.myUnit] as const, ([everyone, unit]) => {
    stop?.()
    stop = null
    overdue.value = []
    if (everyone || unit) {
      stop = observeOverdueFeedback(everyone ? null : unit, shanghaiDate(Date.now()), (rows) => {
        overdue.value = rows
      }, () => {})
    }
  }, { immediate: true })
  onScopeDispose(() => stop?.())

  return { overdue, count: computed(() => overdue.value.length) }
}
