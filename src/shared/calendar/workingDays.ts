// Working days: Monday to Friday, minus public holidays, plus the weekend days worked in exchange.
import { addDays, weekdayOf } from './days'
import { statutoryHolidays } from './holidays'

export interface WorkCalendar {
  holidays: ReadonlySet<string>
  workdays: ReadonlySet<string>
  /** Years with built-in or coordinator-entered holidays; outside them only weekends are days off. */
  years: ReadonlySet<number>
}

/** Coordinators' corrections (kept in feedback settings): days off and days worked beyond the statutory table. */
export interface CalendarOverrides {
  extraHolidays: readonly string[]
  extraWorkdays: readonly string[]
}

let statutory: { holidays: Set<string>, workdays: Set<string> } | null = null

function statutoryDays() {
  if (!statutory) {
    statutory = { holidays: new Set(), workdays: new Set() }
    for (const year of Object.values(statutoryHolidays)) {
      for (const [first, last] of year.daysOff) {
        for (let day = first; day <= last; day = addDays(day, 1))
          statutory.holidays.add(day)
      }
      year.workedWeekends.forEach(day => statutory!.workdays.add(day))
    }
  }
  return statutory
}

/** The built-in statutory calendar with the coordinators' corrections on top. */
export function workCalendar(overrides: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] }): WorkCalendar {
  const holidays = new Set(statutoryDays().holidays)
  const workdays = new Set(statutoryDays().workdays)
  for (const day of overrides.extraHolidays) {
    holidays.add(day)
    workdays.delete(day)
  }
  for (const day of overrides.extraWorkdays) {
    workdays.add(day)
    holidays.delete(day)
  }
  const years = new Set([...Object.keys(statutoryHolidays), ...overrides.extraHolidays.map(day => day.slice(0, 4))].map(Number))
  return { holidays, workdays, years }
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date))
    return true
  if (calendar.holidays.has(date))
    return false
  const weekday = weekdayOf(date)
  return weekday !== 0 && weekday !== 6
}

/** The n-th working day after `date` (the day itself does not count), as deadlines "within n working days" are read. */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  let day = date
  for (let left = n; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar))
      left--
  }
  return day
}

/** Working days after `from` up to and including `to`; negative when `to` comes first. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  if (to < from)
    return -workingDaysBetween(to, from, calendar) || 0
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar))
      count++
  }
  return count
}

/** Whether any holidays are known for the year, so the app can warn before the data runs out. */
export function holidaysKnownFor(year: number, calendar: WorkCalendar): boolean {
  return calendar.years.has(year)
}
