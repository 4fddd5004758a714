// Moments as Shanghai's clock shows them. Open days are entered and shown in Shanghai's time
// (UTC+8 all year, no daylight saving) whatever the phone's own time zone, like every date here.
// Imported as calendar/clock, not through the index: only the event forms need it, and the index
// is on the first screen, whose size is budgeted.
import { isoDate, shanghaiDate } from './days'

const minuteMs = 60_000
const dayMs = 86_400_000
const shanghaiOffsetMs = 8 * 3_600_000

const pad = (n: number) => String(n).padStart(2, '0')

/** HH:mm on Shanghai's clock at a moment. */
export function shanghaiClock(epochMs: number): string {
  const minuteOfDay = Math.floor((((epochMs + shanghaiOffsetMs) % dayMs + dayMs) % dayMs) / minuteMs)
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`
}

/** The moment a Shanghai date (YYYY-MM-DD) and clock time (HH:mm) name; null when either is malformed or no such day. */
export function shanghaiInstant(date: string, time: string): number | null {
  const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const timeParts = /^(\d{2}):(\d{2})$/.exec(time)
  if (!dateParts || !timeParts)
    return null
  const [y, m, d] = dateParts.slice(1).map(Number)
  const [h, min] = timeParts.slice(1).map(Number)
  if (!isoDate(y, m, d) || h > 23 || min > 59)
    return null
  return Date.UTC(y, m - 1, d, h, min) - shanghaiOffsetMs
}

/** The Shanghai date and clock time of a moment, as a date+time pair a form holds. */
export function shanghaiDateTime(epochMs: number): { date: string, time: string } {
  return { date: shanghaiDate(epochMs), time: shanghaiClock(epochMs) }
}
