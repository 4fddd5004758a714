import { describe, expect, it } from 'vitest'
import { eventWhenText, monthKeysOf, sessionTimeText } from './eventTime'
import { dateInputValue, instantOf, timeInputValue } from './eventWhen'

describe('event times on Shanghai\'s clock', () => {
  // The machine running the tests may be in any zone (CI runs in UTC): these moments are fixed.
  const may1 = Date.UTC(2026, 4, 1, 1, 0) // 09:00 in Shanghai
  const may31 = Date.UTC(2026, 4, 31, 9, 0) // 17:00

  it('reads and writes the form\'s date and time in Shanghai whatever the phone\'s zone', () => {
    expect(dateInputValue(Date.UTC(2026, 4, 31, 16, 30))).toBe('2026-06-01')
    expect(timeInputValue(Date.UTC(2026, 4, 31, 16, 30))).toBe('00:30')
    expect(instantOf('2026-05-01', '09:00')).toBe(may1)
  })

  it('writes a one-day event with one date and an event over several days with both', () => {
    expect(eventWhenText(may1, may1 + 3 * 3_600_000, 'zh-CN')).toBe('2026年5月1日周五 09:00–12:00')
    expect(eventWhenText(may1, may31, 'zh-CN')).toBe('2026年5月1日周五 09:00 – 5月31日周日 17:00')
    expect(eventWhenText(Date.UTC(2026, 11, 31, 11), Date.UTC(2027, 0, 1, 2), 'zh-CN')).toBe('2026年12月31日周四 19:00 – 2027年1月1日周五 10:00')
    expect(eventWhenText(may1, may31, 'en')).toBe('Fri, May 1, 2026 09:00 – Sun, May 31 17:00')
  })

  it('dates the sessions of an event over several days, and only those', () => {
    const session = { startsAt: Date.UTC(2026, 4, 3, 2), endsAt: Date.UTC(2026, 4, 3, 3) }
    expect(sessionTimeText(session, { startsAt: may1, endsAt: may31 }, 'zh-CN')).toBe('5月3日 10:00–11:00')
    expect(sessionTimeText(session, { startsAt: session.startsAt, endsAt: session.endsAt }, 'zh-CN')).toBe('10:00–11:00')
    expect(sessionTimeText({ ...session, endsAt: null }, { startsAt: may1, endsAt: may31 }, 'zh-CN', '进行中')).toBe('5月3日 10:00–进行中')
  })

  it('files an event under every month it runs in, in Shanghai', () => {
    expect(monthKeysOf(may1, may31)).toEqual(['2026-05'])
    expect(monthKeysOf(Date.UTC(2026, 3, 28, 1), may31)).toEqual(['2026-04', '2026-05'])
    expect(monthKeysOf(Date.UTC(2026, 10, 20, 1), Date.UTC(2027, 1, 2, 1))).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    // 23:30 on 30 April in UTC is already 1 May in Shanghai.
    expect(monthKeysOf(Date.UTC(2026, 3, 30, 23, 30), Date.UTC(2026, 4, 1, 2))).toEqual(['2026-05'])
    expect(monthKeysOf(may31, may1)).toEqual(['2026-05'])
  })
})
