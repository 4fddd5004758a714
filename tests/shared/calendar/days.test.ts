import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isDueWithin, isoDate, isOverdue, lastDayOfMonth, monthOf, shanghaiDate, shanghaiToday, shanghaiYear } from '../../../src/shared/calendar'

describe('days in Shanghai', () => {
  it('takes today in Shanghai whatever the clock\'s time zone: 16:30 UTC on 31 December is already New Year there', () => {
    const lateOnNewYearsEveUtc = Date.UTC(2026, 11, 31, 16, 30)
    expect(shanghaiToday(lateOnNewYearsEveUtc)).toBe('2027-01-01')
    expect(shanghaiYear(lateOnNewYearsEveUtc)).toBe(2027)
    expect(shanghaiToday(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12-31')
    expect(shanghaiDate(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12-31')
  })

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(daysBetween('2026-12-04', '2027-01-03')).toBe(30)
    expect(daysBetween('2026-12-04', '2026-12-01')).toBe(-3)
  })

  it('knows real days only', () => {
    expect(isoDate(2026, 2, 30)).toBeNull()
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29')
    expect(lastDayOfMonth(2026, 2)).toBe('2026-02-28')
    expect(monthOf('2026-09-30')).toBe(9)
    expect(monthOf(null)).toBeNull()
  })
})

describe('due dates against today', () => {
  it('is overdue only after the due day, and due soon from today to n days ahead', () => {
    expect(isOverdue('2026-12-03', '2026-12-04')).toBe(true)
    expect(isOverdue('2026-12-04', '2026-12-04')).toBe(false)
    expect(isOverdue(null, '2026-12-04')).toBe(false)
    expect(isDueWithin('2026-12-04', '2026-12-04', 30)).toBe(true)
    expect(isDueWithin('2027-01-03', '2026-12-04', 30)).toBe(true)
    expect(isDueWithin('2027-01-04', '2026-12-04', 30)).toBe(false)
    expect(isDueWithin('2026-12-03', '2026-12-04', 30)).toBe(false)
  })
})
