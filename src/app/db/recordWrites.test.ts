import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { changeRecord, createRecord, deleteRecord, InvalidRecordError, MissingRecordError, transactRecords } from './recordWrites'
import { feedbackSettingsDefaults } from '../../shared/records/feedbackSettings'
import { event, feedback } from '../../../tests/shared/feedback/fixtures'

describe('generic record writes', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('creates a record whole, with a put in the outbox', async () => {
    const record = event()
    await createRecord('event', record)
    expect(await db.events.get(record.id)).toEqual(record)
    expect(await db.outbox.toArray()).toMatchObject([{ entity: 'event', id: record.id, op: 'put', data: record }])
  })

  it('refuses an invalid record, naming each bad field, and writes nothing', async () => {
    const error = await createRecord('event', { ...event(), title: ' ', endsAt: 0 }).catch(e => e)
    expect(error).toBeInstanceOf(InvalidRecordError)
    expect((error as InvalidRecordError).issues.map(issue => issue.path)).toEqual(['title', 'endsAt'])
    expect(error.message).toMatch(/title: 不能为空/)
    expect(await db.events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('patches only what changed and keeps the stored record whole', async () => {
    const record = await createRecord('event', event())
    const after = await changeRecord('event', record.id, { status: 'ongoing', title: '  改过的标题 ' })
    expect(after).toMatchObject({ status: 'ongoing', title: '改过的标题', venue: record.venue })
    expect(await db.events.get(record.id)).toEqual(after)
    const [, patch] = await db.outbox.toArray()
    expect(patch).toMatchObject({ op: 'patch', data: { status: 'ongoing', title: '改过的标题' } })
    expect(Object.keys(patch.data)).toEqual(['title', 'status'])
  })

  it('refuses a patch that splits a field group, or breaks the whole record', async () => {
    const record = await createRecord('event', event())
    await expect(changeRecord('event', record.id, { startsAt: record.startsAt + 1 })).rejects.toThrow(/endsAt 须与 startsAt 一起发送/)
    const stored = await createRecord('feedback', feedback())
    await expect(changeRecord('feedback', stored.id, { status: 'replied', reply: '已答复' })).rejects.toThrow(InvalidRecordError)
    expect(await db.outbox.count()).toBe(2)
    expect(await db.events.get(record.id)).toEqual(record)
  })

  it('refuses to change what this device does not hold, and what is only ever appended', async () => {
    await expect(changeRecord('event', event().id, { title: 'x' })).rejects.toBeInstanceOf(MissingRecordError)
    await expect(changeRecord('checkin', 'c1', { delta: -1 })).rejects.toThrow(/appended whole/)
    expect(await db.outbox.count()).toBe(0)
  })

  it('creates settings from their defaults on the first patch, as the server does', async () => {
    const after = await changeRecord('feedbackSettings', feedbackSettingsDefaults.id, { replyWorkingDays: 10 })
    expect(after).toEqual({ ...feedbackSettingsDefaults, replyWorkingDays: 10 })
    expect(await db.outbox.toArray()).toMatchObject([{ op: 'patch', data: { replyWorkingDays: 10 } }])
  })

  it('deletes through the outbox', async () => {
    const record = await createRecord('event', event())
    await deleteRecord('event', record.id)
    expect(await db.events.count()).toBe(0)
    expect((await db.outbox.toArray()).map(e => e.op)).toEqual(['put', 'delete'])
  })

  it('writes several records in one transaction, or none of them when one is invalid', async () => {
    const first = event()
    const write = transactRecords([db.events], async (stage) => {
      await stage.create('event', first)
      await stage.create('event', { ...event(), title: ' ' })
    })
    await expect(write).rejects.toBeInstanceOf(InvalidRecordError)
    expect(await db.events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})
