import type { EventRow } from '../../../db/schema'
import type { EventStatus, EventType } from '../../../../shared/records/event'
import { attendanceOf, tallyByEvent, tallyCheckins } from '../../../../shared/events'
import { computed, onScopeDispose, reactive, ref, shallowRef, watch } from 'vue'
import { monthKeyOf } from '../model/eventTime'
import { type EventResponseCounts, observeAllCheckins, observeEventResponseCounts, observeEvents } from '../../../db/eventReads'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useEventAccess } from './useEventAccess'
import { comparePinyin } from '../../../../shared/order'

export interface EventFilters {
  unit: string | null
  type: EventType | null
  status: EventStatus | null
  /** 'YYYY-MM' of the start. */
  month: string | null
}

/** Kept for the whole session, so coming back from an event finds the list as it was left. */
export const useEventFilters = sharedComposable(() => reactive<EventFilters>({ unit: null, type: null, status: null, month: null }))

export interface EventListRow {
  event: EventRow
  attendance: number
  feedback: number
}

const noTaps = tallyCheckins([])

/** Over: closed or cancelled, or planned for a time already past. One under way is never over until closed. */
const finished = (event: EventRow, now: number) =>
  event.status === 'closed' || event.status === 'cancelled' || (event.status === 'planned' && event.endsAt < now)

/**
 * The events this person works with: their unit's, or every unit's for coordinators, with
 * attendance and feedback counts. Upcoming and running events first, soonest first; then the
 * past ones, latest first.
 */
export function useEventList(now: () => number = Date.now) {
  const { myUnit, isCoordinator } = useEventAccess()
  const filters = useEventFilters()
  const events = shallowRef<EventRow[]>([])
  const tallies = shallowRef<ReturnType<typeof tallyByEvent>>(new Map())
  const counts = shallowRef<EventResponseCounts>({ feedback: new Map(), responses: new Map() })
  const eventsRead = ref(false)
  const countsRead = ref(false)
  const tallyRead = ref(false)
  // The list shows once its counts are read too, so no row ever shows 意见 0 条 for a moment.
  const ready = computed(() => eventsRead.value && countsRead.value && tallyRead.value)
  const scopeUnit = computed(() => isCoordinator.value ? null : myUnit.value)

  let stopEvents: (() => void) | null = null
  watch(scopeUnit, (unit) => {
    stopEvents?.()
    stopEvents = observeEvents(unit, (rows) => {
      events.value = rows
      eventsRead.value = true
    }, () => {
      eventsRead.value = true
    })
  }, { immediate: true })
  const stopCheckins = observeAllCheckins((rows) => {
    tallies.value = tallyByEvent(rows)
    tallyRead.value = true
  }, () => tallyRead.value = true)
  const stopCounts = observeEventResponseCounts((value) => {
    counts.value = value
    countsRead.value = true
  }, () => countsRead.value = true)

  const units = computed(() => [...new Set(events.value.map(event => event.unit))].sort(comparePinyin))
  const months = computed(() => [...new Set(events.value.map(event => monthKeyOf(event.startsAt)))].sort().reverse())
  const active = computed(() => Object.values(filters).some(value => value !== null))

  const rows = computed(() => {
    const shown = events.value.filter(event => (!filters.unit || event.unit === filters.unit)
      && (!filters.type || event.type === filters.type)
      && (!filters.status || event.status === filters.status)
      && (!filters.month || monthKeyOf(event.startsAt) === filters.month))
    const rowOf = (event: EventRow): EventListRow => ({
      event,
      attendance: attendanceOf(event, tallies.value.get(event.id) ?? noTaps),
      feedback: counts.value.feedback.get(event.id) ?? 0,
    })
    const at = now()
    const upcoming = shown.filter(event => !finished(event, at)).sort((a, b) => a.startsAt - b.startsAt)
    const past = shown.filter(event => finished(event, at)).sort((a, b) => b.startsAt - a.startsAt)
    return { upcoming: upcoming.map(rowOf), past: past.map(rowOf) }
  })

  function clearFilters() {
    Object.assign(filters, { unit: null, type: null, status: null, month: null })
  }

  onScopeDispose(() => {
    stopEvents?.()
    stopCheckins()
    stopCounts()
  })

  return { filters, rows, units, months, active, ready, scopeUnit, isCoordinator, clearFilters }
}
