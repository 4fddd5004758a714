// The 活动 list's figures beside each event: check-in tallies and feedback counts. Apart from
// eventReads.ts, which screens of other features load too, so that they do not carry the tallying.
import type { CheckinTally } from '../../shared/events/attendance'
import { tallyByEvent } from '../../shared/events/attendance'
import { db } from './database'
import { live, type LiveRead } from './live'

/** What the 活动 list shows of each event beside its details. */
export interface EventListFigures {
  /** The events these figures are of, in the order asked. */
  eventIds: readonly string[]
  tallies: Map<string, CheckinTally>
  /** Feedback items by event; an event with none is missing. */
  feedback: Map<string, number>
}

/**
 * Counted event by event through the index, each a count the database answers without handing
 * over rows or keys: walking the whole eventId index gave every feedback item of the year a
 * round trip, and a live query a key to watch.
 */
async function feedbackCounts(eventIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(eventIds.map(id => db.feedback.where('eventId').equals(id).count()))
  return new Map(eventIds.flatMap((id, i) => counts[i] ? [[id, counts[i]] as const] : []))
}

/**
 * The figures of a few events (the rows a list paints first): their own check-ins and counts, in one
 * transaction, so that a first paint reads neither every tap on the phone nor every event's count.
 */
export function observeEventFigures(eventIds: readonly string[]): LiveRead<EventListFigures> {
  return live(() => db.transaction('r', [db.checkins, db.feedback], async () => {
    const [checkins, feedback] = await Promise.all([
      Promise.all(eventIds.map(id => db.checkins.where('eventId').equals(id).toArray())),
      feedbackCounts(eventIds),
    ])
    return { eventIds, tallies: tallyByEvent(checkins.flat()), feedback }
  }))
}

/**
 * The figures of every event of a unit, or of every unit: the events are read inside the same live
 * read, so one that arrives later is counted by it rather than by a new read starting from nothing.
 * A unit's list reads only its own events' check-ins, not every tap on the phone (a phone that
 * served as a kiosk holds other units' too).
 */
export function observeAllEventFigures(unit: string | null): LiveRead<EventListFigures> {
  return live(() => db.transaction('r', [db.events, db.checkins, db.feedback], async () => {
    const eventIds = (await (unit ? db.events.where('unit').equals(unit) : db.events.toCollection()).primaryKeys()) as string[]
    const taps = unit ? db.checkins.where('eventId').anyOf(eventIds).toArray() : db.checkins.toArray()
    const [checkins, feedback] = await Promise.all([taps, feedbackCounts(eventIds)])
    return { eventIds, tallies: tallyByEvent(checkins), feedback }
  }))
}
