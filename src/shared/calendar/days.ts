// Calendar days as YYYY-MM-DD strings, computed without time zones: a day number counts
// days since 1970-01-01, which was a Thursday. Plans, deadlines and feedback all live in
// Shanghai's calendar, so "today" is Shanghai's day whatever the phone's or server's time zone.
const dayMs = 86_400_000
const shanghaiOffsetMs = 8 * 3_600_000

/** The IANA name for Intl formatters, so the words they write match the days computed here. */
export const shanghaiTimeZone = 'Asia/Shanghai'

export function dayNumberOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / dayMs)
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return (dayNumberOf(date) + 4) % 7
}

/** The day in Shanghai (UTC+8 all year) at a moment, whatever the clock's own time zone: servers often run in UTC. */
export function shanghaiDate(epochMs: number): string {
  return dateOfDayNumber(Math.floor((epochMs + shanghaiOffsetMs) / dayMs))
}

/** Today in Shanghai: the day due dates, overdue and archived years are judged against. */
export function shanghaiToday(now: number = Date.now()): string {
  return shanghaiDate(now)
}

/** The current year in Shanghai: on 31 December 20:00 in London it is already next year there. */
export function shanghaiYear(now: number = Date.now()): number {
  return Number(shanghaiDate(now).slice(0, 4))
}

/** Days from one date to another; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

/** 1..12, or null for a task without a due date. */
export function monthOf(date: string | null): number | null {
  return date ? Number(date.slice(5, 7)) : null
}

/** YYYY-MM-DD, or null when there is no such day (30 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function lastDayOfMonth(year: number, month: number): string | null {
  return month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null
}
