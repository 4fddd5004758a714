// Working days: Monday to Friday, minus public holidays, plus the weekend days worked in exchange.
import { addDays, dayNumberOf, weekdayOf } from './days'
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

/**
 * The calendar's exceptions to Monday–Friday as sorted day numbers: weekdays off and weekend days
 * worked. Built once per calendar, so counting working days costs a few binary searches, not a
 * walk over every day: the inbox counts the days left of each row it shows, a year and more apart.
 */
interface Exceptions {
  weekdaysOff: number[]
  weekendsWorked: number[]
}

const exceptionsOfCalendar = new WeakMap<WorkCalendar, Exceptions>()

function exceptionsOf(calendar: WorkCalendar): Exceptions {
  let exceptions = exceptionsOfCalendar.get(calendar)
  if (!exceptions) {
    const isWeekend = (day: string) => weekdayOf(day) === 0 || weekdayOf(day) === 6
    const weekdaysOff = [...calendar.holidays].filter(day => !calendar.workdays.has(day) && !isWeekend(day))
    const weekendsWorked = [...calendar.workdays].filter(isWeekend)
    const sorted = (days: string[]) => days.map(dayNumberOf).sort((a, b) => a - b)
    exceptions = { weekdaysOff: sorted(weekdaysOff), weekendsWorked: sorted(weekendsWorked) }
    exceptionsOfCalendar.set(calendar, exceptions)
  }
  return exceptions
}

/** How many of the sorted day numbers are below `day`. */
function countBelow(sortedDays: readonly number[], day: number): number {
  let low = 0
  let high = sortedDays.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sortedDays[mid] < day)
      low = mid + 1
    else
      high = mid
  }
  return low
}

/** Monday to Friday among the days before day number `day`, counted from Monday 1970-01-05 (day 4). */
function weekdaysBefore(day: number): number {
  const sinceMonday = day - 4
  const weeks = Math.floor(sinceMonday / 7)
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5)
}

/** Working days after `from` up to and including `to`; negative when `to` comes first. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  if (to < from)
    return -workingDaysBetween(to, from, calendar) || 0
  const first = dayNumberOf(from) + 1
  const end = dayNumberOf(to) + 1
  const { weekdaysOff, weekendsWorked } = exceptionsOf(calendar)
  const inRange = (days: readonly number[]) => countBelow(days, end) - countBelow(days, first)
  return weekdaysBefore(end) - weekdaysBefore(first) - inRange(weekdaysOff) + inRange(weekendsWorked)
}

/** Whether any holidays are known for the year, so the app can warn before the data runs out. */
export function holidaysKnownFor(year: number, calendar: WorkCalendar): boolean {
  return calendar.years.has(year)
}
