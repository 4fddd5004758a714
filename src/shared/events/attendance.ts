// Attendance from the door counter's appended taps: each phone's +1 and -1 records add up,
// so two phones counting at one door never lose a count.
import type { AttendeeType, CheckinRecord } from '../records/checkin'
import type { EventRecord } from '../records/event'
import { attendeeTypes } from '../records/checkin'

export interface CheckinTally {
  byType: Record<AttendeeType, number>
  total: number
}

/** Counts per attendee type of one event's check-ins. A type never drops below 0, even if undo taps outnumber arrivals. */
export function tallyCheckins(checkins: readonly Pick<CheckinRecord, 'attendeeType' | 'delta'>[]): CheckinTally {
  const byType = Object.fromEntries(attendeeTypes.map(type => [type, 0])) as Record<AttendeeType, number>
  for (const checkin of checkins)
    byType[checkin.attendeeType] += checkin.delta
  let total = 0
  for (const type of attendeeTypes) {
    byType[type] = Math.max(0, byType[type])
    total += byType[type]
  }
  return { byType, total }
}

/** Tallies for many events at once, e.g. for the coordinator's overview. */
export function tallyByEvent(checkins: readonly Pick<CheckinRecord, 'eventId' | 'attendeeType' | 'delta'>[]): Map<string, CheckinTally> {
  const byEvent = new Map<string, Pick<CheckinRecord, 'attendeeType' | 'delta'>[]>()
  for (const checkin of checkins) {
    const list = byEvent.get(checkin.eventId)
    if (list)
      list.push(checkin)
    else
      byEvent.set(checkin.eventId, [checkin])
  }
  return new Map([...byEvent].map(([eventId, list]) => [eventId, tallyCheckins(list)]))
}

/** People who took part: counted at the door plus the online audience reported for a live stream. */
export function attendanceOf(event: Pick<EventRecord, 'onlineAudience'>, tally: CheckinTally): number {
  return tally.total + (event.onlineAudience ?? 0)
}
