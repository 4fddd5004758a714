import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, dueMonth, isDueWithin, isOverdue, todayIso } from './dates'

describe('dates', () => {
  it('takes today in the phone\'s own calendar', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05')
  })

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })

  it('tells overdue from due soon, and a missing date from both', () => {
    expect(isOverdue('2024-06-29', '2024-06-30')).toBe(true)
    expect(isOverdue('2024-06-30', '2024-06-30')).toBe(false)
    expect(isDueWithin('2024-06-30', '2024-06-30', 30)).toBe(true)
    expect(isDueWithin('2024-08-01', '2024-06-30', 30)).toBe(false)
    expect(isOverdue(null, '2024-06-30') || isDueWithin(null, '2024-06-30', 30)).toBe(false)
    expect(dueMonth('2024-06-30')).toBe(6)
  })
})
