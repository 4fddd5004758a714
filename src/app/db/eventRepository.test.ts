import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { addCheckin, addEventNote, addEventPhoto, addEventSession, captionEventPhoto, removeEventPhoto } from './eventDayRepository'
import { createEvent, type EventDraft, saveEventTemplate, setEventStatus, tickEventChecklistItem } from './eventRepository'
import { checklistItemIdOf, standardEventTemplate, tallyCheckins } from '../../shared/events'
import { t0 } from '../../../tests/shared/feedback/fixtures'

const draft: EventDraft = {
  unit: '区政府办公室',
  type: 'open_day',
  title: '政务服务中心开放日',
  theme: '走进一网通办',
  startsAt: t0,
  endsAt: t0 + 7_200_000,
  venue: '区行政服务中心',
  format: 'offline',
  taskIds: ['p:3.2'],
  invitedCount: 30,
  onlineAudience: null,
}
const photo = {
  ref: { sha256: 'b'.repeat(64), mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: 4 },
  blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' }),
  thumb: new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
}

describe('events on the device', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('creates an event with its template checklist in one transaction', async () => {
    const event = await createEvent(draft, standardEventTemplate, 'wang', t0)
    expect(event).toMatchObject({ ...draft, status: 'planned', questionnaireId: null, createdBy: 'wang' })
    const items = await db.eventChecklist.where('eventId').equals(event.id).sortBy('order')
    expect(items.map(item => item.text)).toEqual(standardEventTemplate.items.map(item => item.text))
    expect(items[0]).toMatchObject({ id: checklistItemIdOf(event.id, 'plan'), unit: draft.unit, done: false })
    const entries = await db.outbox.toArray()
    expect(entries.map(e => e.entity)).toEqual(['event', ...items.map(() => 'eventChecklistItem')])
  })

  it('keeps nothing of an event whose checklist cannot be written', async () => {
    const broken = { ...standardEventTemplate, items: [...standardEventTemplate.items, { id: 'bad', phase: 'day' as const, text: '' }] }
    await expect(createEvent(draft, broken, 'wang', t0)).rejects.toThrow(/text: 不能为空/)
    expect(await db.events.count()).toBe(0)
    expect(await db.eventChecklist.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('ticks checklist items with who and when, and moves the status on', async () => {
    const event = await createEvent(draft, standardEventTemplate, 'wang', t0)
    const id = checklistItemIdOf(event.id, 'announce')
    expect(await tickEventChecklistItem(id, true, 'wang', t0 + 5)).toMatchObject({ done: true, doneAt: t0 + 5, doneBy: 'wang' })
    expect(await tickEventChecklistItem(id, false, 'wang', t0 + 6)).toMatchObject({ done: false, doneAt: null, doneBy: null })
    await setEventStatus(event.id, 'ongoing')
    const patches = (await db.outbox.toArray()).filter(e => e.op === 'patch').map(e => e.data)
    expect(patches).toEqual([{ done: true, doneAt: t0 + 5, doneBy: 'wang' }, { done: false, doneAt: null, doneBy: null }, { status: 'ongoing' }])
  })

  it('appends one check-in per tap, so taps and undos add up', async () => {
    const event = await createEvent(draft, null, 'wang', t0)
    await addCheckin(event, 'citizen', 1, 'wang')
    await addCheckin(event, 'citizen', 1, 'wang')
    await addCheckin(event, 'media', 1, 'wang')
    await addCheckin(event, 'citizen', -1, 'wang')
    const taps = await db.checkins.where('eventId').equals(event.id).toArray()
    expect(taps).toHaveLength(4)
    expect(tallyCheckins(taps)).toMatchObject({ total: 2, byType: { citizen: 1, media: 1 } })
    expect((await db.outbox.toArray()).filter(e => e.entity === 'checkin').map(e => e.op)).toEqual(['put', 'put', 'put', 'put'])
  })

  it('keeps the photo bytes once and the event photo, captioned, through the outbox', async () => {
    const event = await createEvent(draft, null, 'wang', t0)
    const first = await addEventPhoto(event, photo, '开场', 'wang')
    await addEventPhoto(event, photo, '同一张', 'wang')
    expect(await db.photos.count()).toBe(1)
    expect(await captionEventPhoto(first.id, '嘉宾致辞')).toMatchObject({ caption: '嘉宾致辞', photo: photo.ref })
    await removeEventPhoto(first.id)
    expect(await db.eventPhotos.count()).toBe(1)
    expect(await db.photos.count()).toBe(1)
    expect((await db.outbox.toArray()).filter(e => e.entity === 'eventPhoto').map(e => e.op)).toEqual(['put', 'put', 'patch', 'delete'])
  })

  it('records sessions and notes, refusing a session that ends before it starts', async () => {
    const event = await createEvent(draft, null, 'wang', t0)
    await addEventSession(event, { kind: 'symposium', title: '座谈交流', startsAt: t0, endsAt: t0 + 3_600_000, note: '' })
    await expect(addEventSession(event, { kind: 'visit', title: '参观', startsAt: t0, endsAt: t0 - 1, note: '' })).rejects.toThrow(/endsAt 早于 startsAt/)
    await addEventNote(event, '市民关注停车问题', 'wang')
    expect(await db.eventSessions.count()).toBe(1)
    expect(await db.eventNotes.where('eventId').equals(event.id).first()).toMatchObject({ text: '市民关注停车问题' })
  })

  it('stores a built-in template whole on its first edit, then only what changed', async () => {
    const edited = { ...standardEventTemplate, items: standardEventTemplate.items.slice(1) }
    await saveEventTemplate(edited, t0)
    await saveEventTemplate({ ...edited, name: '开放日清单' }, t0 + 1)
    const entries = await db.outbox.toArray()
    expect(entries.map(e => e.op)).toEqual(['put', 'patch'])
    expect(entries[1].data).toEqual({ name: '开放日清单', updatedAt: t0 + 1 })
    expect(await db.eventTemplates.get(standardEventTemplate.id)).toMatchObject({ name: '开放日清单', items: edited.items })
  })
})
