import type { Viewer } from '../../../../shared/feedback/contact'
import type { FeedbackRow } from '../../../db/schema'
import { computed, ref } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { isOverdue } from '../../../../shared/feedback/deadline'
import { observeFeedback } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'

/**
 * The feedback this person handles, read once for every screen that needs it (inbox, 首页,
 * concentrated issues, export): their unit's items and those referred to it, or every item
 * for coordinators. Up to 20,000 items are held in memory; filtering them is a single pass.
 */
export const useFeedbackInbox = sharedComposable(() => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const isCoordinator = computed(() => session.isCoordinator)
  const unit = computed(() => settings.myUnit)
  const viewer = computed<Viewer>(() => ({ role: session.user?.role ?? 'staff', unit: unit.value ?? '' }))
  /** Reply deadlines are days in Shanghai, whatever the phone's time zone. */
  const today = ref(shanghaiDate(Date.now()))

  // A device with no unit chosen yet handles nobody's items; coordinators handle everyone's.
  const read = useLive(() => isCoordinator.value || unit.value !== null
    ? observeFeedback(isCoordinator.value ? null : unit.value)
    : null, [] as FeedbackRow[])
  const items = read.data
  const ready = computed(() => !read.loading.value)

  const overdue = computed(() => items.value.filter(item => isOverdue(item, today.value)))

  return { items, ready, error: read.error, retry: read.retry, viewer, unit, isCoordinator, today, overdue }
})
