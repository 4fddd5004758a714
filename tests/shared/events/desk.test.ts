import { describe, expect, it } from 'vitest'
import { deskEvents } from '../../../src/shared/events/desk'

// 08:00 on 3 June 2025 in Shanghai.
const now = Date.UTC(2025, 5, 3, 0)
const at = (day: number, hour: number) => Date.UTC(2025, 5, day, hour - 8)
const event = (id: string, status: 'planned' | 'ongoing' | 'closed' | 'cancelled', day: number) =>
  ({ id, status, startsAt: at(day, 9), endsAt: at(day, 11) })

describe('首页 events', () => {
  it('shows today\'s and running events first, then those planned within two weeks, soonest first', () => {
    const events = [
      event('far', 'planned', 30),
      event('next-week', 'planned', 10),
      event('tomorrow', 'planned', 4),
      event('today', 'planned', 3),
      event('running-since-yesterday', 'ongoing', 2),
      event('closed-today', 'closed', 3),
      event('cancelled', 'cancelled', 5),
      event('past', 'planned', 1),
    ]
    const desk = deskEvents(events, now)
    expect(desk.today.map(e => e.id)).toEqual(['running-since-yesterday', 'today'])
    expect(desk.upcoming.map(e => e.id)).toEqual(['tomorrow', 'next-week'])
  })

  it('counts the day in Shanghai, not the clock\'s zone: 23:30 on the 2nd is not the 3rd', () => {
    const late = { id: 'late', status: 'planned' as const, startsAt: Date.UTC(2025, 5, 2, 15, 30), endsAt: Date.UTC(2025, 5, 2, 15, 50) }
    expect(deskEvents([late], now).today).toEqual([])
  })
  it('shows an open month on each of its days, planned or under way, and not the day after it ends', () => {
    const month = { id: 'month', status: 'planned' as const, startsAt: at(1, 9), endsAt: at(30, 17) }
    for (const day of [1, 3, 17, 30])
      expect(deskEvents([month], at(day, 8)).today.map(e => e.id), `June ${day}`).toEqual(['month'])
    expect(deskEvents([{ ...month, status: 'ongoing' }], at(12, 20)).today.map(e => e.id)).toEqual(['month'])
    expect(deskEvents([month], Date.UTC(2025, 6, 1, 0)).today).toEqual([])
    // An evening event running past midnight is still today's on the morning after.
    const evening = { id: 'evening', status: 'planned' as const, startsAt: at(2, 19), endsAt: at(3, 1) }
    expect(deskEvents([evening], now).today.map(e => e.id)).toEqual(['evening'])
  })
})
