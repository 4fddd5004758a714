import { describe, expect, it } from 'vitest'
import { shanghaiClock, shanghaiDateTime, shanghaiInstant } from '../../../src/shared/calendar/clock'

describe('Shanghai\'s clock', () => {
  it('reads a moment as Shanghai shows it, whatever the machine\'s zone: 16:30 UTC is half past midnight there', () => {
    expect(shanghaiClock(Date.UTC(2026, 4, 31, 16, 30))).toBe('00:30')
    expect(shanghaiDateTime(Date.UTC(2026, 4, 31, 16, 30))).toEqual({ date: '2026-06-01', time: '00:30' })
    expect(shanghaiDateTime(Date.UTC(2026, 4, 1, 1, 0, 59))).toEqual({ date: '2026-05-01', time: '09:00' })
  })

  it('turns a Shanghai date and time back into the moment, across midnight and the year', () => {
    expect(shanghaiInstant('2026-05-01', '09:00')).toBe(Date.UTC(2026, 4, 1, 1, 0))
    expect(shanghaiInstant('2027-01-01', '07:59')).toBe(Date.UTC(2026, 11, 31, 23, 59))
    const moment = Date.UTC(2026, 11, 31, 17, 45)
    const { date, time } = shanghaiDateTime(moment)
    expect(shanghaiInstant(date, time)).toBe(moment)
  })

  it('names no moment for a malformed or impossible date or time', () => {
    expect(shanghaiInstant('2026-02-30', '09:00')).toBeNull()
    expect(shanghaiInstant('2026-05-01', '24:00')).toBeNull()
    expect(shanghaiInstant('2026-05-01', '9:00')).toBeNull()
    expect(shanghaiInstant('', '09:00')).toBeNull()
  })
})
