import { describe, expect, it } from 'vitest'
import { uuidv7 } from '../../../src/shared/ids'
import { checkinRecordSchema } from '../../../src/shared/records/checkin'
import { eventPatchSchema, eventRecordSchema } from '../../../src/shared/records/event'
import { eventChecklistItemPatchSchema, eventChecklistItemRecordSchema } from '../../../src/shared/records/eventChecklist'
import { eventNotePatchSchema, eventNoteRecordSchema } from '../../../src/shared/records/eventNote'
import { eventPhotoPatchSchema, eventPhotoRecordSchema } from '../../../src/shared/records/eventPhoto'
import { eventSessionPatchSchema, eventSessionRecordSchema } from '../../../src/shared/records/eventSession'
import { eventTemplatePatchSchema, eventTemplateRecordSchema } from '../../../src/shared/records/eventTemplate'
import { event, messagesOf, pathsOf, t0 } from '../feedback/fixtures'

const eventId = uuidv7(t0)
const photo = { sha256: 'a'.repeat(64), mime: 'image/jpeg', width: 1600, height: 1200, bytes: 200_000 } as const

describe('event record', () => {
  it('accepts a planned open day', () => {
    expect(eventRecordSchema.safeParse(event()).success).toBe(true)
  })

  it('names unknown types and formats, a blank title and an end before the start', () => {
    const result = eventRecordSchema.safeParse({ ...event({ title: ' ', endsAt: t0 - 1 }), type: '参观', format: 'online' })
    expect(pathsOf(result).sort()).toEqual(['format', 'title', 'type'])
    expect(pathsOf(eventRecordSchema.safeParse(event({ endsAt: t0 - 1 })))).toEqual(['endsAt'])
    expect(messagesOf(eventRecordSchema.safeParse(event({ endsAt: t0 - 1 })))).toEqual(['endsAt 早于 startsAt'])
  })

  it('refuses the same task twice and negative counts', () => {
    expect(pathsOf(eventRecordSchema.safeParse(event({ taskIds: ['t1', 't1'] })))).toEqual(['taskIds.1'])
    expect(pathsOf(eventRecordSchema.safeParse(event({ invitedCount: -1 })))).toEqual(['invitedCount'])
  })

  it('patches times together, and never the host unit or id', () => {
    expect(eventPatchSchema.safeParse({ status: 'closed' }).success).toBe(true)
    expect(pathsOf(eventPatchSchema.safeParse({ startsAt: t0 }))).toEqual(['endsAt'])
    expect(pathsOf(eventPatchSchema.safeParse({ startsAt: t0, endsAt: t0 - 1 }))).toEqual(['endsAt'])
    expect(eventPatchSchema.safeParse({ unit: '别的单位' }).success).toBe(false)
    expect(eventPatchSchema.safeParse({ id: eventId }).success).toBe(false)
  })
})

describe('check-in record', () => {
  const tap = { id: uuidv7(t0 + 1), eventId, unit: '区生态环境局', attendeeType: 'citizen', delta: 1, at: t0 + 1, by: 'staff1' }

  it('is one tap: +1 or -1 by attendee type', () => {
    expect(checkinRecordSchema.safeParse(tap).success).toBe(true)
    expect(checkinRecordSchema.safeParse({ ...tap, delta: -1, attendeeType: 'deputy' }).success).toBe(true)
  })

  it('refuses other deltas and types with a clear message', () => {
    const result = checkinRecordSchema.safeParse({ ...tap, delta: 2 })
    expect(pathsOf(result)).toEqual(['delta'])
    expect(messagesOf(result)).toEqual(['delta 只能是 1 或 -1'])
    expect(pathsOf(checkinRecordSchema.safeParse({ ...tap, attendeeType: '游客' }))).toEqual(['attendeeType'])
    expect(pathsOf(checkinRecordSchema.safeParse({ ...tap, eventId: 'e1' }))).toEqual(['eventId'])
  })
})

describe('event timeline records', () => {
  const session = { id: uuidv7(t0 + 2), eventId, unit: '区生态环境局', kind: 'symposium', title: '座谈交流', startsAt: t0, endsAt: null, note: '' }

  it('sessions may run open-ended but not end before they start', () => {
    expect(eventSessionRecordSchema.safeParse(session).success).toBe(true)
    expect(pathsOf(eventSessionRecordSchema.safeParse({ ...session, endsAt: t0 - 1 }))).toEqual(['endsAt'])
    expect(pathsOf(eventSessionPatchSchema.safeParse({ endsAt: t0 + 1 }))).toEqual(['startsAt'])
    expect(eventSessionPatchSchema.safeParse({ startsAt: t0, endsAt: t0 + 1, title: '参观车间' }).success).toBe(true)
  })

  it('photos carry a photo reference and a caption that may be edited alone', () => {
    const record = { id: uuidv7(t0 + 3), eventId, unit: '区生态环境局', photo, caption: '参观沉淀池', takenAt: t0, createdBy: 'staff1' }
    expect(eventPhotoRecordSchema.safeParse(record).success).toBe(true)
    expect(pathsOf(eventPhotoRecordSchema.safeParse({ ...record, photo: { ...photo, mime: 'image/gif' } }))).toEqual(['photo.mime'])
    expect(eventPhotoPatchSchema.safeParse({ caption: '新说明' }).success).toBe(true)
    expect(eventPhotoPatchSchema.safeParse({ photo }).success).toBe(false)
  })

  it('notes are not blank', () => {
    const note = { id: uuidv7(t0 + 4), eventId, unit: '区生态环境局', text: '代表关注出水标准', at: t0, by: 'staff1' }
    expect(eventNoteRecordSchema.safeParse(note).success).toBe(true)
    expect(pathsOf(eventNoteRecordSchema.safeParse({ ...note, text: '  ' }))).toEqual(['text'])
    expect(eventNotePatchSchema.safeParse({ text: '改' }).success).toBe(true)
  })
})

describe('templates and checklist items', () => {
  const template = { id: 'tpl', name: '座谈会清单', eventTypes: ['symposium'], items: [{ id: 'a', phase: 'before', text: '发通知' }], archived: false, updatedAt: 1 }
  const item = { id: `${eventId}#a`, eventId, unit: '区生态环境局', phase: 'before', text: '发通知', order: 0, done: false, doneAt: null, doneBy: null, note: '' }

  it('a template needs items with distinct ids and known phases', () => {
    expect(eventTemplateRecordSchema.safeParse(template).success).toBe(true)
    expect(pathsOf(eventTemplateRecordSchema.safeParse({ ...template, items: [] }))).toEqual(['items'])
    expect(pathsOf(eventTemplateRecordSchema.safeParse({ ...template, items: [...template.items, { id: 'a', phase: 'after', text: 'x' }] }))).toEqual(['items.1'])
    expect(pathsOf(eventTemplateRecordSchema.safeParse({ ...template, items: [{ id: 'b c', phase: 'later', text: 'x' }] })).sort()).toEqual(['items.0.id', 'items.0.phase'])
    expect(eventTemplatePatchSchema.safeParse({ items: template.items, name: '新名字' }).success).toBe(true)
  })

  it('a done item says when and by whom, an open one does not', () => {
    expect(eventChecklistItemRecordSchema.safeParse(item).success).toBe(true)
    expect(eventChecklistItemRecordSchema.safeParse({ ...item, done: true, doneAt: 5, doneBy: 'staff1' }).success).toBe(true)
    expect(pathsOf(eventChecklistItemRecordSchema.safeParse({ ...item, done: true })).sort()).toEqual(['doneAt', 'doneBy'])
    expect(pathsOf(eventChecklistItemRecordSchema.safeParse({ ...item, doneAt: 5, doneBy: 'x' })).sort()).toEqual(['doneAt', 'doneBy'])
  })

  it('a tick travels with its time and author; notes travel alone', () => {
    expect(eventChecklistItemPatchSchema.safeParse({ done: true, doneAt: 5, doneBy: 'staff1' }).success).toBe(true)
    expect(pathsOf(eventChecklistItemPatchSchema.safeParse({ done: true })).sort()).toEqual(['doneAt', 'doneBy'])
    expect(eventChecklistItemPatchSchema.safeParse({ note: '已发' }).success).toBe(true)
    expect(eventChecklistItemPatchSchema.safeParse({ eventId }).success).toBe(false)
  })
})
