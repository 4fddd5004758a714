// Attendance from the door counter's appended taps: each phone's +1 and -1 records add up,
// so two phones counting at one door never lose a count.
import type { AttendeeType, CheckinRecord } from '../records/checkin'
import type { EventRecord } from '../records/event'
import { attendeeTypes } from '../records/eventKinds'

export interface CheckinTally {
  byType: Record<AttendeeType, number>
  total: number
}

type Tap = Pick<CheckinRecord, 'attendeeType' | 'delta'>

const zeroCounts = () => Object.fromEntries(attendeeTypes.map(type => [type, 0])) as Record<AttendeeType, number>

/** A type never drops below 0, even if undo taps outnumber arrivals (say, one phone's arrivals not synced yet). */
function tallyOf(sums: Record<AttendeeType, number>): CheckinTally {
  const byType = zeroCounts()
  for (const type of attendeeTypes)
    byType[type] = Math.max(0, sums[type])
  return { byType, total: attendeeTypes.reduce((total, type) => total + byType[type], 0) }
}

/** Counts per attendee type of one event's check-ins. */
export function tallyCheckins(checkins: readonly Tap[]): CheckinTally {
  const sums = zeroCounts()
  for (const checkin of checkins)
    sums[checkin.attendeeType] += checkin.delta
  return tallyOf(sums)
}

/** Tallies for many events at once, e.g. for the coordinator's overview. */
export function tallyByEvent(checkins: readonly (Tap & Pick<CheckinRecord, 'eventId'>)[]): Map<string, CheckinTally> {
  const sums = new Map<string, Record<AttendeeType, number>>()
  for (const checkin of checkins) {
    const counts = sums.get(checkin.eventId) ?? zeroCounts()
    counts[checkin.attendeeType] += checkin.delta
    sums.set(checkin.eventId, counts)
  }
  return new Map([...sums].map(([eventId, counts]) => [eventId, tallyOf(counts)]))
}

/** People who took part: counted at the door plus the online audience reported for a live stream. */
export function attendanceOf(event: Pick<EventRecord, 'onlineAudience'>, tally: CheckinTally): number {
  return tally.total + (event.onlineAudience ?? 0)
}
