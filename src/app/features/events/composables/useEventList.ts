import type { CheckinRow, EventRow } from '../../../db/schema'
import type { EventStatus, EventType } from '../../../../shared/records/event'
import { attendanceOf, tallyByEvent, tallyCheckins } from '../../../../shared/events'
import { computed } from 'vue'
import { monthKeysOf } from '../model/eventTime'
import { type EventResponseCounts, observeAllCheckins, observeEventResponseCounts, observeEvents } from '../../../db/eventReads'
import { combinedRead, useLive } from '../../../composables/useLive'
import { useEventAccess } from './useEventAccess'
import { useEventFiltersStore } from '../stores/eventFilters'
import { comparePinyin } from '../../../../shared/order'

export interface EventFilters {
  unit: string | null
  type: EventType | null
  status: EventStatus | null
  /** 'YYYY-MM' of the start. */
  month: string | null
}

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
  const filters = useEventFiltersStore()
  const scopeUnit = computed(() => isCoordinator.value ? null : myUnit.value)
  const eventsRead = useLive(() => observeEvents(scopeUnit.value), [] as EventRow[])
  const checkinsRead = useLive(() => observeAllCheckins(), [] as CheckinRow[])
  const countsRead = useLive(() => observeEventResponseCounts(), { feedback: new Map(), responses: new Map() } as EventResponseCounts)
  const reads = [eventsRead, checkinsRead, countsRead]
  // The list shows once its counts are read too, so no row ever shows 意见 0 条 for a moment.
  const ready = computed(() => reads.every(read => !read.loading.value))
  // A failed read shows instead of the list, not as rows with missing figures.
  const { error, retry } = combinedRead(reads)
  const events = eventsRead.data
  const tallies = computed(() => tallyByEvent(checkinsRead.data.value))
  const counts = countsRead.data

  const units = computed(() => [...new Set(events.value.map(event => event.unit))].sort(comparePinyin))
  const months = computed(() => [...new Set(events.value.flatMap(event => monthKeysOf(event.startsAt, event.endsAt)))].sort().reverse())
  const active = computed(() => [filters.unit, filters.type, filters.status, filters.month].some(value => value !== null))

  const rows = computed(() => {
    const shown = events.value.filter(event => (!filters.unit || event.unit === filters.unit)
      && (!filters.type || event.type === filters.type)
      && (!filters.status || event.status === filters.status)
      && (!filters.month || monthKeysOf(event.startsAt, event.endsAt).includes(filters.month)))
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

  return { filters, rows, units, months, active, ready, error, retry, scopeUnit, isCoordinator, clearFilters: filters.clear }
}
