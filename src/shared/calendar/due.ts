// Due dates against today. Both are YYYY-MM-DD in Shanghai's calendar, so comparing the
// strings compares the days.
import { addDays } from './days'

export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today
}

/** The earlier of two deadlines; a missing one gives way to the other. */
export function earlierDue(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a
}

/** Due today or within the next `days` days. */
export function isDueWithin(due: string | null, today: string, days: number): boolean {
  return due !== null && due >= today && due <= addDays(today, days)
}
