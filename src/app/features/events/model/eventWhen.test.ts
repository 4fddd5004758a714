import { describe, expect, it } from 'vitest'
import { endAfterStartMoved } from './eventWhen'

const at = (date: string, time: string) => ({ date, time })

describe('moving an event\'s start', () => {
  it('keeps a one-day event on one day: the end follows the start to its new day', () => {
    expect(endAfterStartMoved(at('2026-06-03', '09:30'), at('2026-06-10', '09:30'), at('2026-06-03', '11:30'))).toEqual(at('2026-06-10', '11:30'))
    expect(endAfterStartMoved(at('2026-06-03', '09:30'), at('2026-06-03', '10:00'), at('2026-06-03', '11:30'))).toEqual(at('2026-06-03', '11:30'))
  })

  it('moves an end the new start passed, keeping the length, past midnight if need be', () => {
    expect(endAfterStartMoved(at('2026-06-03', '09:30'), at('2026-06-03', '14:00'), at('2026-06-03', '11:30'))).toEqual(at('2026-06-03', '16:00'))
    expect(endAfterStartMoved(at('2026-06-03', '19:00'), at('2026-06-03', '23:00'), at('2026-06-03', '21:30'))).toEqual(at('2026-06-04', '01:30'))
    expect(endAfterStartMoved(at('2026-05-01', '09:00'), at('2026-06-05', '09:00'), at('2026-05-31', '17:00'))).toEqual(at('2026-07-05', '17:00'))
  })

  it('leaves the end of an event over several days where it is while the start stays before it', () => {
    expect(endAfterStartMoved(at('2026-05-01', '09:00'), at('2026-04-28', '09:00'), at('2026-05-31', '17:00'))).toEqual(at('2026-05-31', '17:00'))
    expect(endAfterStartMoved(at('2026-05-01', '09:00'), at('2026-05-03', '10:00'), at('2026-05-31', '17:00'))).toEqual(at('2026-05-31', '17:00'))
  })
})
