import type { Viewer } from '../../../../shared/feedback/contact'
import type { FeedbackRow } from '../../../db/schema'
import { computed, ref, shallowRef, watch } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { isOverdue } from '../../../../shared/feedback/deadline'
import { observeFeedback } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { sharedComposable } from '../../../composables/sharedComposable'

/**
 * The feedback this person handles, read once for every screen that needs it (inbox, 首页,
 * concentrated issues, export): their unit's items and those referred to it, or every item
 * for coordinators. Up to 20,000 items are held in memory; filtering them is a single pass.
 */
export const useFeedbackInbox = sharedComposable(() => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const items = shallowRef<FeedbackRow[]>([])
  const ready = ref(false)
  const isCoordinator = computed(() => session.isCoordinator)
  const unit = computed(() => settings.myUnit)
  const viewer = computed<Viewer>(() => ({ role: session.user?.role ?? 'staff', unit: unit.value ?? '' }))
  /** Reply deadlines are days in Shanghai, whatever the phone's time zone. */
  const today = ref(shanghaiDate(Date.now()))

  let stop: (() => void) | null = null
  // A device with no unit chosen yet handles nobody's items; coordinators handle everyone's.
  watch([isCoordinator, unit], ([everyone, mine]) => {
    stop?.()
    stop = null
    if (!everyone && mine === null) {
      items.value = []
      ready.value = true
      return
    }
    ready.value = false
    stop = observeFeedback(everyone ? null : mine, (rows) => {
      items.value = rows
      ready.value = true
    }, () => {
      ready.value = true
    })
  }, { immediate: true })

  const overdue = computed(() => items.value.filter(item => isOverdue(item, today.value)))

  return { items, ready, viewer, unit, isCoordinator, today, overdue }
})
