import { describe, expect, it } from 'vitest'
import { addDays, dayNumberOf, shanghaiDate, weekdayOf } from '../../../src/shared/calendar'
import { statutoryHolidays } from '../../../src/shared/calendar'
import { addWorkingDays, holidaysKnownFor, isWorkingDay, workCalendar, workingDaysBetween } from '../../../src/shared/calendar'

const calendar = workCalendar()

describe('calendar days', () => {
  it('knows weekdays and crosses months, leap days and years', () => {
    expect(weekdayOf('1970-01-01')).toBe(4)
    expect(weekdayOf('2025-06-03')).toBe(2)
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(dayNumberOf('1970-01-02')).toBe(1)
  })

  it('takes the day in Shanghai, not the clock\'s own zone', () => {
    expect(shanghaiDate(Date.UTC(2025, 0, 1, 15, 59))).toBe('2025-01-01')
    expect(shanghaiDate(Date.UTC(2025, 0, 1, 16, 0))).toBe('2025-01-02')
  })
})

describe('statutory holidays', () => {
  it('name their source notice for each year', () => {
    expect(Object.keys(statutoryHolidays)).toEqual(['2025', '2026'])
    expect(statutoryHolidays[2025].source).toMatch(/国办发明电〔2024〕12号/)
  })

  it('list as worked weekends only Saturdays and Sundays, and as days off no worked weekend', () => {
    for (const year of Object.values(statutoryHolidays)) {
      for (const day of year.workedWeekends) {
        expect([0, 6], day).toContain(weekdayOf(day))
        expect(calendar.holidays.has(day), day).toBe(false)
      }
    }
  })

  it('close the 2025 and 2026 holidays and open their make-up days', () => {
    for (const day of ['2025-01-01', '2025-01-28', '2025-02-04', '2025-04-04', '2025-05-05', '2025-06-02', '2025-10-08',
      '2026-01-02', '2026-02-23', '2026-04-06', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07'])
      expect(isWorkingDay(day, calendar), day).toBe(false)
    for (const day of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
      expect(isWorkingDay(day, calendar), day).toBe(true)
  })

  it('count the working days of the year as the notices give them', () => {
    const workingDaysIn = (year: number) => workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, calendar)
    // 2025: 365 days - 104 weekend days - 18 holidays on weekdays + 5 make-up days;
    // 2026: 365 - 104 - 19 + 6
    expect(workingDaysIn(2025)).toBe(248)
    expect(workingDaysIn(2026)).toBe(248)
  })
})

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2025-03-07', 1, calendar)).toBe('2025-03-10') // Friday → Monday
    expect(addWorkingDays('2025-03-08', 1, calendar)).toBe('2025-03-10') // from a Saturday
    expect(addWorkingDays('2025-03-03', 5, calendar)).toBe('2025-03-10')
    expect(addWorkingDays('2025-03-03', 0, calendar)).toBe('2025-03-03')
  })

  it('skips the Spring Festival and works the Saturday after it', () => {
    // 2025-01-27 Mon → 01-28..02-04 off → 02-05 Wed 1, 06 2, 07 3, 08 Sat (make-up) 4, 10 Mon 5
    expect(addWorkingDays('2025-01-27', 5, calendar)).toBe('2025-02-10')
    // the make-up Sunday before it counts
    expect(addWorkingDays('2025-01-24', 1, calendar)).toBe('2025-01-26')
  })

  it('gives 15 working days across National Day 2026', () => {
    // 09-28 Mon: 29, 30 (2); 10-01..07 off; 08 Thu 3, 09 Fri 4, 10 Sat make-up 5; 12-16 (10); 19-23 (15)
    expect(addWorkingDays('2026-09-28', 15, calendar)).toBe('2026-10-23')
  })

  it('counts working days between two days either way', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-10', calendar)).toBe(5)
    expect(workingDaysBetween('2025-03-10', '2025-03-03', calendar)).toBe(-5)
    expect(workingDaysBetween('2025-03-08', '2025-03-09', calendar)).toBe(0)
    expect(Object.is(workingDaysBetween('2025-03-09', '2025-03-08', calendar), 0)).toBe(true)
  })

  it('counts as walking day by day would, over holidays, make-up days, corrections and years', () => {
    const local = workCalendar({ extraHolidays: ['2025-03-10', '2025-10-11', '2026-02-07'], extraWorkdays: ['2025-03-15', '2025-10-08'] })
    const walked = (from: string, to: string, within: typeof calendar) => {
      let count = 0
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
        count += isWorkingDay(day, within) ? 1 : 0
      return count
    }
    for (const within of [calendar, local]) {
      for (let start = 0; start < 800; start += 13) {
        const from = addDays('2024-12-20', start)
        for (const length of [0, 1, 2, 6, 7, 8, 30, 61, 400]) {
          const to = addDays(from, length)
          expect(workingDaysBetween(from, to, within), `${from} → ${to}`).toBe(walked(from, to, within))
          expect(workingDaysBetween(to, from, within), `${to} → ${from}`).toBe(-walked(from, to, within) || 0)
        }
      }
    }
  })

  it('lets coordinators add a holiday, add a working day, and overrule the built-in data', () => {
    const local = workCalendar({ extraHolidays: ['2025-03-10', '2025-10-11'], extraWorkdays: ['2025-03-15', '2025-10-08'] })
    expect(isWorkingDay('2025-03-10', local)).toBe(false)
    expect(isWorkingDay('2025-03-15', local)).toBe(true)
    expect(isWorkingDay('2025-10-11', local)).toBe(false) // a built-in make-up day cancelled
    expect(isWorkingDay('2025-10-08', local)).toBe(true) // a built-in holiday worked
    expect(isWorkingDay('2025-03-10', calendar)).toBe(true) // the default calendar is untouched
  })

  it('knows which years have holiday data', () => {
    expect(holidaysKnownFor(2026, calendar)).toBe(true)
    expect(holidaysKnownFor(2027, calendar)).toBe(false)
    expect(holidaysKnownFor(2027, workCalendar({ extraHolidays: ['2027-01-01'], extraWorkdays: [] }))).toBe(true)
    expect(isWorkingDay('2027-01-01', calendar)).toBe(true) // unknown: only weekends are off
  })
})
