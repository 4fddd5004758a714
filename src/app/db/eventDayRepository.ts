// What is recorded on the day of an event: door check-ins, the timeline of sessions, photos
// and notes. Each is its own appended record, so two phones at one event never overwrite
// each other; every write commits with its outbox entry.
import type { ProcessedPhoto } from './evidenceRepository'
import type { CheckinRow, EventNoteRow, EventPhotoRow, EventRow, EventSessionRow, PhotoRow } from './schema'
import { uuidv7 } from '../../shared/ids'
import { db } from './database'
import { changeRecord, createRecord, deleteRecord, transactRecords } from './recordWrites'

type EventRef = Pick<EventRow, 'id' | 'unit'>

/** One tap on the door counter: +1 for an arrival, -1 to take back a mistaken tap. */
export function addCheckin(event: EventRef, attendeeType: CheckinRow['attendeeType'], delta: CheckinRow['delta'], by: string, now = Date.now()): Promise<CheckinRow> {
  return createRecord('checkin', { id: uuidv7(now), eventId: event.id, unit: event.unit, attendeeType, delta, at: now, by })
}

export type SessionDraft = Pick<EventSessionRow, 'kind' | 'title' | 'startsAt' | 'endsAt' | 'note'>

export function addEventSession(event: EventRef, draft: SessionDraft): Promise<EventSessionRow> {
  return createRecord('eventSession', { ...draft, id: uuidv7(), eventId: event.id, unit: event.unit })
}

/** Start and end change together (fieldRules): pass both when either changes. */
export function changeEventSession(id: string, change: Partial<SessionDraft>): Promise<EventSessionRow> {
  return changeRecord('eventSession', id, change)
}

export function removeEventSession(id: string): Promise<void> {
  return deleteRecord('eventSession', id)
}

/**
 * Keeps the photo bytes (in the device's photo store shared with evidence, addressed by
 * hash), the event photo record and its outbox entry in one transaction: all three or none.
 */
export function addEventPhoto(event: EventRef, photo: ProcessedPhoto, caption: string, by: string, now = Date.now()): Promise<EventPhotoRow> {
  return transactRecords([db.eventPhotos, db.photos], async (stage) => {
    if (!(await db.photos.get(photo.ref.sha256))) {
      const row: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(row)
    }
    const record: EventPhotoRow = { id: uuidv7(now), eventId: event.id, unit: event.unit, photo: photo.ref, caption, takenAt: now, createdBy: by }
    return stage.create('eventPhoto', record)
  })
}

export function captionEventPhoto(id: string, caption: string): Promise<EventPhotoRow> {
  return changeRecord('eventPhoto', id, { caption })
}

/** The bytes stay: a queued upload may still refer to them. */
export function removeEventPhoto(id: string): Promise<void> {
  return deleteRecord('eventPhoto', id)
}

export function addEventNote(event: EventRef, text: string, by: string, now = Date.now()): Promise<EventNoteRow> {
  return createRecord('eventNote', { id: uuidv7(now), eventId: event.id, unit: event.unit, text, at: now, by })
}

export function changeEventNote(id: string, text: string): Promise<EventNoteRow> {
  return changeRecord('eventNote', id, { text })
}

export function removeEventNote(id: string): Promise<void> {
  return deleteRecord('eventNote', id)
}
