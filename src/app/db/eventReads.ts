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

/**
 * The titles of the tasks an event counts towards, read by their ids: the event screen names a few
 * tasks and need not hold every plan of the phone in memory to do so.
 */
export function observeTaskTitles(taskIds: readonly string[]): LiveRead<Map<string, string>> {
  return live(async () => {
    const tasks = taskIds.length ? await db.tasks.bulkGet([...taskIds]) : []
    return new Map(tasks.flatMap(task => task ? [[task.id, task.title] as const] : []))
  })
}

/** Templates coordinators have stored; the built-in ones are added by shared/events templatesFor. */
export function observeEventTemplates(): LiveRead<EventTemplateRow[]> {
  return live(() => db.eventTemplates.toArray())
}

/** How many feedback items and questionnaire responses one event has. */
export interface EventResponseCounts {
  feedback: number
  responses: number
}

/** Counted through the indexes, for the event screen, which shows the numbers and not the items. */
export function observeEventResponseCounts(eventId: string): LiveRead<EventResponseCounts> {
  return live(() => db.transaction('r', [db.feedback, db.questionnaireResponses], async () => {
    const [feedback, responses] = await Promise.all([
      db.feedback.where('eventId').equals(eventId).count(),
      db.questionnaireResponses.where('eventId').equals(eventId).count(),
    ])
    return { feedback, responses }
  }))
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
