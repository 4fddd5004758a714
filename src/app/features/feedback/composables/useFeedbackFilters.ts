import type { FeedbackFilter } from '../../../../shared/feedback/filter'
import type { FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { measureSince } from '../../../utils/perfMarks'
import { useFeedbackEvents } from './useFeedbackEvents'
import { useFeedbackInbox } from './useFeedbackInbox'
import { comparePinyin } from '../../../../shared/order'
import { useFeedbackFiltersStore } from '../stores/feedbackFilters'
import { indexInbox, type InboxIndex, type InboxMatches, matchInbox } from '../model/inboxIndex'

/**
 * What the filters test, coded once per read of the inbox and shared by the screens that filter it
 * (the inbox, concentrated issues); not in the inbox's store, so an item's screen does not load it.
 */
const indexes = new WeakMap<readonly FeedbackRow[], InboxIndex<FeedbackRow>>()
function indexOf(inOrder: readonly FeedbackRow[]): InboxIndex<FeedbackRow> {
  let index = indexes.get(inOrder)
  if (!index)
    indexes.set(inOrder, index = indexInbox(inOrder))
  return index
}

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

  // This screen's own buffer of matching places, written anew by each filter change.
  let buffer = new Uint32Array(0)
  const matches = computed<InboxMatches<FeedbackRow>>(() => {
    const started = performance.now()
    const index = indexOf(inbox.inOrder.value)
    if (buffer.length < index.rows.length)
      buffer = new Uint32Array(index.rows.length)
    const found = matchInbox(index, filter.value, inbox.today.value, buffer)
    if (inbox.items.value.length)
      measureSince('kf:feedback-filtered', started)
    return found
  })
  /** The matches as an array, made only for those that need one (grouping, export). */
  const shown = computed<FeedbackRow[]>(() => matches.value.toArray())

  const active = computed(() => Boolean(state.text.trim()) || [state.eventId, state.unit, state.eventType, state.topic, state.status, state.overdue].some(v => v !== null))
  /** Rows to show while the whole inbox is still being read: its first ones, if nothing filters them. */
  const headShown = computed(() => !inbox.ready.value && inbox.headReady.value && !active.value)
  const listed = computed<Pick<InboxMatches<FeedbackRow>, 'length' | 'at'>>(() => inbox.ready.value ? matches.value : headShown.value ? inbox.head.value : [])

  const units = computed(() => [...new Set(inbox.items.value.flatMap(item => item.referredTo ? [item.unit, item.referredTo] : [item.unit]))]
    .sort(comparePinyin))

  return { state, matches, shown, listed, headShown, units, active, reset: state.reset }
}
