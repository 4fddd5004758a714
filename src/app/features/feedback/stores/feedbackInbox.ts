import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Viewer } from '../../../../shared/feedback/contact'
import type { FeedbackRow } from '../../../db/schema'
import { computed, ref, watch } from 'vue'
import { shanghaiDate } from '../../../../shared/calendar'
import { isOverdue } from '../../../../shared/feedback/deadline'
import { sortFeedback } from '../../../../shared/feedback/filter'
import { observeFeedbackHead } from '../../../db/feedbackHeadRead'
import { observeFeedback } from '../../../db/feedbackReads'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useLive } from '../../../composables/useLive'
import { afterNextFrame } from '../../../utils/afterNextFrame'

/** Rows enough to fill a tall phone's screen and the list's overscan. */
const headSize = 30

/**
 * The feedback this person handles, read once for every screen that needs it (inbox, 首页,
 * concentrated issues, export): their unit's items and those referred to it, or every item
 * for coordinators. Up to 20,000 items are held in memory; filtering them is a single pass.
 */
export const useFeedbackInboxStore = defineStore('feedbackInbox', () => {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const isCoordinator = computed(() => session.isCoordinator)
  const unit = computed(() => settings.myUnit)
  const viewer = computed<Viewer>(() => ({ role: session.user?.role ?? 'staff', unit: unit.value ?? '' }))
  /** Reply deadlines are days in Shanghai, whatever the phone's time zone. */
  const today = ref(shanghaiDate(Date.now()))

  // A device with no unit chosen yet handles nobody's items; coordinators handle everyone's.
  const handlesAny = computed(() => isCoordinator.value || unit.value !== null)
  const scope = computed(() => isCoordinator.value ? null : unit.value)

  // The inbox's first screen of rows comes first, through the indexes (a few milliseconds); the
  // whole of it is read once they are painted, so its second of deserialising cannot hold them back.
  const headPainted = ref(false)
  const whole = useLive(() => handlesAny.value && headPainted.value
    ? observeFeedback(scope.value)
    : null, [] as FeedbackRow[])
  const items = whole.data
  const ready = computed(() => headPainted.value && !whole.loading.value)
  // Stopped once the whole inbox is there, and followed again while it is read anew (another unit).
  const headRead = useLive(() => handlesAny.value && !ready.value ? observeFeedbackHead(scope.value, headSize) : null, [] as FeedbackRow[])
  watch(headRead.loading, (loading) => {
    if (!loading && !headPainted.value)
      afterNextFrame(() => headPainted.value = true)
  }, { immediate: true })
  /** The unfiltered inbox's first rows, in its order, while `items` is still being read. */
  const head = headRead.data
  const headReady = computed(() => !ready.value && !headRead.loading.value)

  /**
   * The inbox in its order (unanswered by reply day, then answered newest first), sorted once per
   * read: the order depends on no filter, and filtering keeps it, so a filter change sorts nothing.
   */
  const inOrder = computed(() => sortFeedback(items.value, 'dueFirst'))

  const overdue = computed(() => items.value.filter(item => isOverdue(item, today.value)))

  return { items, inOrder, ready, head, headReady, error: whole.error, retry: whole.retry, viewer, unit, isCoordinator, today, overdue }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFeedbackInboxStore, import.meta.hot))
