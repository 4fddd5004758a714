import type { EventRow } from '../../../db/schema'
import type { EventStatus, EventType } from '../../../../shared/records/event'
import { attendanceOf, tallyCheckins } from '../../../../shared/events'
import { computed } from 'vue'
import { monthKeysOf } from '../model/eventTime'
import { observeEvents } from '../../../db/eventReads'
import { combinedRead, useLive } from '../../../composables/useLive'
import { useEventAccess } from './useEventAccess'
import { useEventListFigures } from './useEventListFigures'
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

export interface EventListOptions {
  /**
   * Show this many rows first, with their own figures, and the rest once they are painted: the
   * list screen, whose first rows fill the phone. Without it every row waits for every figure.
   */
  firstRows?: number
  now?: () => number
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
export function useEventList({ firstRows, now = Date.now }: EventListOptions = {}) {
  const { myUnit, isCoordinator } = useEventAccess()
  const filters = useEventFiltersStore()
  const scopeUnit = computed(() => isCoordinator.value ? null : myUnit.value)
  const eventsRead = useLive(() => observeEvents(scopeUnit.value), [] as EventRow[])
  const events = eventsRead.data

  const units = computed(() => [...new Set(events.value.map(event => event.unit))].sort(comparePinyin))
  const months = computed(() => [...new Set(events.value.flatMap(event => monthKeysOf(event.startsAt, event.endsAt)))].sort().reverse())
  const active = computed(() => [filters.unit, filters.type, filters.status, filters.month].some(value => value !== null))

  const ordered = computed(() => {
    const shown = events.value.filter(event => (!filters.unit || event.unit === filters.unit)
      && (!filters.type || event.type === filters.type)
      && (!filters.status || event.status === filters.status)
      && (!filters.month || monthKeysOf(event.startsAt, event.endsAt).includes(filters.month)))
    const at = now()
    return {
      upcoming: shown.filter(event => !finished(event, at)).sort((a, b) => a.startsAt - b.startsAt),
      past: shown.filter(event => finished(event, at)).sort((a, b) => b.startsAt - a.startsAt),
    }
  })
  const firstIds = firstRows === undefined
    ? null
    : computed(() => eventsRead.loading.value ? [] : [...ordered.value.upcoming, ...ordered.value.past].slice(0, firstRows).map(event => event.id))
  const figuresRead = useEventListFigures(scopeUnit, firstIds)
  // The list shows once its rows' counts are read too, so no row ever shows 意见 0 条 for a moment.
  const ready = computed(() => !eventsRead.loading.value && figuresRead.ready.value)
  // A failed read shows instead of the list, not as rows with missing figures.
  const { error, retry } = combinedRead([eventsRead, ...figuresRead.reads])

  const rows = computed(() => {
    const { tallies, feedback } = figuresRead.figures.value
    const rowOf = (event: EventRow): EventListRow => ({
      event,
      attendance: attendanceOf(event, tallies.get(event.id) ?? noTaps),
      feedback: feedback.get(event.id) ?? 0,
    })
    let left = figuresRead.complete.value ? Number.POSITIVE_INFINITY : firstRows ?? 0
    const upTo = (group: EventRow[]) => {
      const taken = group.slice(0, left)
      left -= taken.length
      return taken.map(rowOf)
    }
    return { upcoming: upTo(ordered.value.upcoming), past: upTo(ordered.value.past) }
  })

  return { filters, rows, units, months, active, ready, error, retry, scopeUnit, isCoordinator, clearFilters: filters.clear }
}
