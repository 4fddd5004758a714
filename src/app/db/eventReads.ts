// Reads of the event tables, kept current as they change (in this tab, another, or by a sync pull).
import type { CheckinRow, EventChecklistRow, EventNoteRow, EventPhotoRow, EventRow, EventSessionRow, EventTemplateRow, FeedbackRow } from './schema'
import type { CheckinTally } from '../../shared/events'
import { tallyByEvent } from '../../shared/events'
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
 */
export function observeAllEventFigures(unit: string | null): LiveRead<EventListFigures> {
  return live(() => db.transaction('r', [db.events, db.checkins, db.feedback], async () => {
    const eventIds = (await (unit ? db.events.where('unit').equals(unit) : db.events.toCollection()).primaryKeys()) as string[]
    const [checkins, feedback] = await Promise.all([db.checkins.toArray(), feedbackCounts(eventIds)])
    return { eventIds, tallies: tallyByEvent(checkins), feedback }
  }))
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
