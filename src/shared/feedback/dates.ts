// Calendar days as YYYY-MM-DD strings, computed without time zones: a day number counts
// days since 1970-01-01, which was a Thursday.
const dayMs = 86_400_000
const shanghaiOffsetMs = 8 * 3_600_000

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
