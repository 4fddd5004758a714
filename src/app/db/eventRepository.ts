// Open-day events, their checklists and the checklist templates. Every write is one
// transaction with its outbox entry (recordWrites.ts); the day-of-event records are in
// eventDayRepository.ts and the reads in eventReads.ts.
import type { EventChecklistRow, EventRow, EventTemplateRow } from './schema'
import { checklistFromTemplate, tickPatch } from '../../shared/events'
import { uuidv7 } from '../../shared/ids'
import { db } from './database'
import { changeRecord, createRecord, transactRecords } from './recordWrites'

/** What the event form fills in; the id, status and authorship are added on creation. */
export type EventDraft = Omit<EventRow, 'id' | 'status' | 'questionnaireId' | 'createdAt' | 'createdBy'>
  & Partial<Pick<EventRow, 'questionnaireId'>>

export type EventChange = Partial<Omit<EventRow, 'id' | 'unit' | 'createdAt' | 'createdBy'>>

/**
 * A new event and the checklist its template gives it, together: an event is never seen
 * without its checklist. Item ids follow from the event and template, so they never clash.
 */
export function createEvent(draft: EventDraft, template: EventTemplateRow | null, by: string, now = Date.now()): Promise<EventRow> {
  const record: EventRow = { questionnaireId: null, ...draft, id: uuidv7(now), status: 'planned', createdAt: now, createdBy: by }
  return transactRecords([db.events, db.eventChecklist], async (stage) => {
    const event = await stage.create('event', record)
    for (const item of template ? checklistFromTemplate(event, template) : [])
      await stage.create('eventChecklistItem', item)
    return event
  })
}

/** Start and end change together (fieldRules): pass both when either changes. */
export function changeEvent(id: string, change: EventChange): Promise<EventRow> {
  return changeRecord('event', id, change)
}

export function setEventStatus(id: string, status: EventRow['status']): Promise<EventRow> {
  return changeRecord('event', id, { status })
}

export function tickEventChecklistItem(id: string, done: boolean, by: string, now = Date.now()): Promise<EventChecklistRow> {
  return changeRecord('eventChecklistItem', id, tickPatch(done, by, now))
}

export function noteEventChecklistItem(id: string, note: string): Promise<EventChecklistRow> {
  return changeRecord('eventChecklistItem', id, { note })
}

/** An item the template did not have, added for this one event. */
export function addEventChecklistItem(event: Pick<EventRow, 'id' | 'unit'>, phase: EventChecklistRow['phase'], text: string, order: number): Promise<EventChecklistRow> {
  const item: EventChecklistRow = { id: uuidv7(), eventId: event.id, unit: event.unit, phase, text, order, done: false, doneAt: null, doneBy: null, note: '' }
  return createRecord('eventChecklistItem', item)
}

/**
 * Stores a coordinator's template. The first edit of a built-in template stores it whole
 * under the same id; later edits send only what changed.
 */
export function saveEventTemplate(template: EventTemplateRow, now = Date.now()): Promise<EventTemplateRow> {
  return transactRecords([db.eventTemplates], async (stage) => {
    const stored = await db.eventTemplates.get(template.id)
    if (!stored)
      return stage.create('eventTemplate', { ...template, updatedAt: now })
    const { id: _id, ...fields } = template
    const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => JSON.stringify(stored[key as keyof typeof fields]) !== JSON.stringify(value)))
    return stage.patch('eventTemplate', template.id, { ...changed, updatedAt: now })
  })
}
