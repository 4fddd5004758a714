// The open days 首页 shows: today's first, then those coming up soon. Days are Shanghai days.
import type { EventRecord } from '../records/event'
import { addDays, shanghaiDate } from '../calendar'

type DeskEvent = Pick<EventRecord, 'status' | 'startsAt' | 'endsAt'>

export interface DeskEvents<T> {
  /** Running, or planned for today and not yet over. */
  today: T[]
  /** Planned for one of the next `days` days. */
  upcoming: T[]
}

/** Today's events (those under way whatever their date) and the ones planned within `days` days after today. */
export function deskEvents<T extends DeskEvent>(events: readonly T[], now: number, days = 14): DeskEvents<T> {
  const today = shanghaiDate(now)
  const last = addDays(today, days)
  const byStart = [...events].sort((a, b) => a.startsAt - b.startsAt)
  const isToday = (event: T) => event.status === 'ongoing'
    || (event.status === 'planned' && shanghaiDate(event.startsAt) <= today && shanghaiDate(event.endsAt) >= today)
  return {
    today: byStart.filter(isToday),
    upcoming: byStart.filter(event => event.status === 'planned' && !isToday(event)
      && shanghaiDate(event.startsAt) > today && shanghaiDate(event.startsAt) <= last),
  }
}
