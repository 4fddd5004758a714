// Reads of the event tables, kept current as they change (in this tab, another, or by a sync pull).
import type { CheckinRow, EventChecklistRow, EventNoteRow, EventPhotoRow, EventRow, EventSessionRow, EventTemplateRow, FeedbackRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'

/** One unit's events, or every unit's when none is given (coordinators), soonest first. */
export function observeEvents(unit: string | null): LiveRead<EventRow[]> {
  return live(() => unit ? db.events.where('unit').equals(unit).sortBy('startsAt') : db.events.orderBy('startsAt').toArray())
}

export interface TaskEvents {
  events: EventRow[]
  /** Their check-ins, for targets counted in people. */
  checkins: CheckinRow[]
}

/** Events linked to a plan task, which count toward its targets. */
export function observeEventsOfTask(taskId: string): LiveRead<TaskEvents> {
  return live(() => db.transaction('r', [db.events, db.checkins], async () => {
    const events = await db.events.where('taskIds').equals(taskId).sortBy('startsAt')
    const checkins = await db.checkins.where('eventId').anyOf(events.map(event => event.id)).toArray()
    return { events, checkins }
  }))
}

export interface EventRecords {
  event: EventRow | null
  checklist: EventChecklistRow[]
  checkins: CheckinRow[]
  sessions: EventSessionRow[]
  photos: EventPhotoRow[]
  notes: EventNoteRow[]
}

/** Everything recorded for one event, in one read so the screen never shows half of a change. */
export function observeEventRecords(eventId: string): LiveRead<EventRecords> {
  return live(() => db.transaction('r', [db.events, db.eventChecklist, db.checkins, db.eventSessions, db.eventPhotos, db.eventNotes], async () => ({
    event: (await db.events.get(eventId)) ?? null,
    checklist: await db.eventChecklist.where('eventId').equals(eventId).sortBy('order'),
    checkins: await db.checkins.where('eventId').equals(eventId).toArray(),
    sessions: await db.eventSessions.where('eventId').equals(eventId).sortBy('startsAt'),
    photos: await db.eventPhotos.where('eventId').equals(eventId).sortBy('takenAt'),
    notes: await db.eventNotes.where('eventId').equals(eventId).sortBy('at'),
  })))
}

/** Every check-in tap, for attendance figures across events (lists, coordinator overview). */
export function observeAllCheckins(): LiveRead<CheckinRow[]> {
  return live(() => db.checkins.toArray())
}

/** Templates coordinators have stored; the built-in ones are added by shared/events templatesFor. */
export function observeEventTemplates(): LiveRead<EventTemplateRow[]> {
  return live(() => db.eventTemplates.toArray())
}

/** How many feedback items and questionnaire responses each event has, read from the indexes alone. */
export interface EventResponseCounts {
  feedback: Map<string, number>
  responses: Map<string, number>
}

/**
 * Counted event by event through the indexes, each a count the database answers without handing
 * over rows or keys: walking the whole eventId index gave every feedback item of the year a
 * round trip, and a live query a key to watch.
 */
export function observeEventResponseCounts(): LiveRead<EventResponseCounts> {
  return live(async () => {
    const eventIds = (await db.events.toCollection().primaryKeys()) as string[]
    const countsOf = async (table: typeof db.feedback | typeof db.questionnaireResponses) => {
      const counts = await Promise.all(eventIds.map(id => table.where('eventId').equals(id).count()))
      return new Map(eventIds.flatMap((id, i) => counts[i] ? [[id, counts[i]] as const] : []))
    }
    return { feedback: await countsOf(db.feedback), responses: await countsOf(db.questionnaireResponses) }
  })
}

export interface EventResponses {
  feedback: FeedbackRow[]
  /** Questionnaire responses taken at the event (kiosk or public link). */
  responseCount: number
}

/** The public's feedback on one event, for its report. */
export function observeEventResponses(eventId: string): LiveRead<EventResponses> {
  return live(async () => ({
    feedback: await db.feedback.where('eventId').equals(eventId).toArray(),
    responseCount: await db.questionnaireResponses.where('eventId').equals(eventId).count(),
  }))
}

export async function readEvent(id: string): Promise<EventRow | undefined> {
  return db.events.get(id)
}
