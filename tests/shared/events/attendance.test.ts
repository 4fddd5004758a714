import { describe, expect, it } from 'vitest'
import { attendanceOf, tallyByEvent, tallyCheckins } from '../../../src/shared/events/attendance'
import { type AttendeeType, attendeeTypes } from '../../../src/shared/records/checkin'

const tap = (attendeeType: AttendeeType, delta: 1 | -1 = 1, eventId = 'e1') => ({ attendeeType, delta, eventId })

describe('check-in tallies', () => {
  it('count taps per attendee type and in total', () => {
    const tally = tallyCheckins([tap('citizen'), tap('citizen'), tap('business'), tap('media'), tap('deputy')])
    expect(tally).toEqual({ byType: { citizen: 2, business: 1, expert: 0, media: 1, deputy: 1, other: 0 }, total: 5 })
  })

  it('add up two phones counting at one door, whatever order their taps arrive in', () => {
    const phoneA = Array.from({ length: 12 }, () => tap('citizen'))
    const phoneB = [...Array.from({ length: 9 }, () => tap('citizen')), tap('citizen', -1), tap('expert')]
    expect(tallyCheckins([...phoneA, ...phoneB]).byType.citizen).toBe(20)
    expect(tallyCheckins([...phoneB, ...phoneA]).total).toBe(21)
  })

  it('let an undo tap take back a mistaken one but never go below zero', () => {
    expect(tallyCheckins([tap('media'), tap('media', -1)]).byType.media).toBe(0)
    expect(tallyCheckins([tap('media', -1), tap('citizen')])).toMatchObject({ total: 1, byType: { media: 0, citizen: 1 } })
  })

  it('start every type at zero', () => {
    expect(tallyCheckins([]).byType).toEqual(Object.fromEntries(attendeeTypes.map(t => [t, 0])))
  })

  it('tally many events at once', () => {
    const tallies = tallyByEvent([tap('citizen', 1, 'e1'), tap('citizen', 1, 'e2'), tap('expert', 1, 'e2')])
    expect(tallies.get('e1')?.total).toBe(1)
    expect(tallies.get('e2')?.byType).toMatchObject({ citizen: 1, expert: 1 })
    expect(tallies.has('e3')).toBe(false)
  })

  it('add a live stream\'s audience to those counted at the door', () => {
    const tally = tallyCheckins([tap('citizen'), tap('citizen')])
    expect(attendanceOf({ onlineAudience: 300 }, tally)).toBe(302)
    expect(attendanceOf({ onlineAudience: null }, tally)).toBe(2)
  })
})
