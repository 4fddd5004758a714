import type { FeedbackFilter } from '../../../../shared/feedback/filter'
import type { FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { filterFeedback } from '../../../../shared/feedback/filter'
import { measureSince } from '../../../utils/perfMarks'
import { useFeedbackEvents } from './useFeedbackEvents'
import { useFeedbackInbox } from './useFeedbackInbox'
import { comparePinyin } from '../../../../shared/order'
import { useFeedbackFiltersStore } from '../stores/feedbackFilters'

/** The inbox as filtered, in its order (unanswered items by deadline first, then answered ones, newest first). */
export function useFeedbackFilters() {
  const inbox = useFeedbackInbox()
  const { events } = useFeedbackEvents()
  const state = useFeedbackFiltersStore()

  const eventIdsOfType = computed(() => state.eventType
    ? events.value.filter(event => event.type === state.eventType && (!state.eventId || event.id === state.eventId)).map(event => event.id)
    : state.eventId ? [state.eventId] : null)

  const filter = computed<FeedbackFilter>(() => ({
    text: state.text,
    units: state.unit ? [state.unit] : undefined,
    // A type no event has still filters: to nothing, not to everything.
    eventIds: eventIdsOfType.value ? [...eventIdsOfType.value, ''] : undefined,
    topics: state.topic ? [state.topic] : undefined,
    statuses: state.status ? [state.status] : undefined,
    overdue: state.overdue ?? undefined,
  }))

  const shown = computed<FeedbackRow[]>(() => {
    const started = performance.now()
    const rows = filterFeedback(inbox.inOrder.value, filter.value, inbox.today.value)
    if (inbox.items.value.length)
      measureSince('kf:feedback-filtered', started)
    return rows
  })

  const active = computed(() => Boolean(state.text.trim()) || [state.eventId, state.unit, state.eventType, state.topic, state.status, state.overdue].some(v => v !== null))
  /** Rows to show while the whole inbox is still being read: its first ones, if nothing filters them. */
  const headShown = computed(() => !inbox.ready.value && inbox.headReady.value && !active.value)
  const listed = computed<FeedbackRow[]>(() => inbox.ready.value ? shown.value : headShown.value ? inbox.head.value : [])

  const units = computed(() => [...new Set(inbox.items.value.flatMap(item => item.referredTo ? [item.unit, item.referredTo] : [item.unit]))]
    .sort(comparePinyin))

  return { state, shown, listed, headShown, units, active, reset: state.reset }
}
