// The start and end of an event (or a session) as its form holds them: a Shanghai date and
// clock time each.
import { shanghaiDate } from '../../../../shared/calendar'
import { shanghaiClock, shanghaiDateTime, shanghaiInstant } from '../../../../shared/calendar/clock'

/** YYYY-MM-DD of a moment in Shanghai, as a form holds a date. */
export const dateInputValue = (at: number): string => shanghaiDate(at)

/** HH:mm of a moment in Shanghai, as a form holds a time. */
export const timeInputValue = (at: number): string => shanghaiClock(at)

/** The instant of a Shanghai date and time pair, or null when either is empty or malformed. */
export const instantOf = (date: string, time: string): number | null => shanghaiInstant(date, time)

export interface DateTime {
  /** YYYY-MM-DD in Shanghai. */
  date: string
  /** HH:mm on Shanghai's clock. */
  time: string
}

export const instantOfDateTime = ({ date, time }: DateTime) => shanghaiInstant(date, time)

/**
 * Where the end goes when the start is moved. An event held within one day stays within its
 * (new) day; an end the new start has passed moves on with it, keeping the event's length, so
 * choosing a later start never leaves an end before it. Otherwise the end stays where it was.
 */
export function endAfterStartMoved(previousStart: DateTime, start: DateTime, end: DateTime): DateTime {
  const kept = end.date === previousStart.date ? { date: start.date, time: end.time } : end
  const startsAt = instantOfDateTime(start)
  const keptEnd = instantOfDateTime(kept)
  if (startsAt === null || keptEnd === null || keptEnd >= startsAt)
    return kept
  const before = instantOfDateTime(previousStart)
  const endedAt = instantOfDateTime(end)
  const length = before !== null && endedAt !== null ? Math.max(0, endedAt - before) : 0
  return shanghaiDateTime(startsAt + length)
}

/** The day a new session is put on: today while the event runs, else its nearest day. */
export function sessionDayOf(span: { startsAt: number, endsAt: number }, now: number): string {
  const [first, last, today] = [shanghaiDate(span.startsAt), shanghaiDate(span.endsAt), shanghaiDate(now)]
  return today < first ? first : today > last ? last : today
}
