// Reads of the event tables, kept current as they change (in this tab, another, or by a sync pull).
import type { CheckinRow, EventChecklistRow, EventNoteRow, EventPhotoRow, EventRow, EventSessionRow, EventTemplateRow } from './schema'
import { db } from './database'
import { observe } from './live'

type Stop = () => void
type Fail = (error: unknown) => void

/** One unit's events, or every unit's when none is given (coordinators), soonest first. */
export function observeEvents(unit: string | null, next: (rows: EventRow[]) => void, fail: Fail): Stop {
  return observe(() => unit ? db.events.where('unit').equals(unit).sortBy('startsAt') : db.events.orderBy('startsAt').toArray(), next, fail)
}

/** Events that count toward a plan task. */
export function observeEventsOfTask(taskId: string, next: (rows: EventRow[]) => void, fail: Fail): Stop {
  return observe(() => db.events.where('taskIds').equals(taskId).toArray(), next, fail)
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
export function observeEventRecords(eventId: string, next: (records: EventRecords) => void, fail: Fail): Stop {
  return observe(() => db.transaction('r', [db.events, db.eventChecklist, db.checkins, db.eventSessions, db.eventPhotos, db.eventNotes], async () => ({
    event: (await db.events.get(eventId)) ?? null,
    checklist: await db.eventChecklist.where('eventId').equals(eventId).sortBy('order'),
    checkins: await db.checkins.where('eventId').equals(eventId).toArray(),
    sessions: await db.eventSessions.where('eventId').equals(eventId).sortBy('startsAt'),
    photos: await db.eventPhotos.where('eventId').equals(eventId).sortBy('takenAt'),
    notes: await db.eventNotes.where('eventId').equals(eventId).sortBy('at'),
  })), next, fail)
}

/** Every check-in tap, for attendance figures across events (lists, coordinator overview). */
export function observeAllCheckins(next: (rows: CheckinRow[]) => void, fail: Fail): Stop {
  return observe(() => db.checkins.toArray(), next, fail)
}

/** Templates coordinators have stored; the built-in ones are added by shared/events templatesFor. */
export function observeEventTemplates(next: (rows: EventTemplateRow[]) => void, fail: Fail): Stop {
  return observe(() => db.eventTemplates.toArray(), next, fail)
}
