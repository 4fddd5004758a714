// Due dates are ISO dates (YYYY-MM-DD) in the plan's local calendar, so comparing
// strings compares days, and "today" is taken in the phone's own time zone.
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  return todayIso(new Date(y, m - 1, d + days))
}

export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today
}

/** Due today or within the next `days` days. */
export function isDueWithin(due: string | null, today: string, days: number): boolean {
  return due !== null && due >= today && due <= addDays(today, days)
}

/** 1..12, or null for a task without a due date. */
export function dueMonth(due: string | null): number | null {
  return due ? Number(due.slice(5, 7)) : null
}

export function daysBetween(fromIso: string, toIso: string): number {
  const toTime = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((toTime(toIso) - toTime(fromIso)) / 86_400_000)
}
