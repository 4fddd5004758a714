// A device that ran an earlier release opens with the later tables and indexes added and its
// records, outbox and session as they were. Version 3 added the unit directory (units created
// before it kept their name as node id, so local records need no rewriting); version 4 the
// feedback's [status+replyDue] index; version 5 the outbox's index of rejected entries.
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { AppDB, rejectedIndex } from './database'

describe('database upgrades', () => {
  it('adds the directory and keeps what version 2 held', async () => {
    const name = `upgrade-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(1).stores({ plans: 'id, year', tasks: 'id, planId, due, *units', progress: 'id, unit, taskId, planId, subject', evidence: 'id, subject, taskId, unit', photos: 'sha256, uploaded', outbox: '++localId, clientId, userId, [entity+id]', meta: 'key' })
    old.version(2).stores({ events: 'id, unit, startsAt, status, type, *taskIds', eventChecklist: 'id, eventId', checkins: 'id, eventId', eventSessions: 'id, eventId', eventPhotos: 'id, eventId', eventNotes: 'id, eventId', eventTemplates: 'id', feedback: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt', feedbackSettings: 'id', questionnaires: 'id', questionnaireResponses: 'id, eventId, questionnaireId, unit', faqs: 'id, status, topic' })
    await old.open()
    await old.table('progress').put({ id: '区数据局|p:1.1#1', unit: '区数据局', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1', status: 'done', note: '', count: 0 })
    await old.table('outbox').put({ clientId: 'c', userId: 'u', seq: 1, entity: 'progress', id: '区数据局|p:1.1#1', op: 'patch', data: {}, at: 1, createdAt: 1, attempts: 0, lastError: null, rejected: null })
    old.close()

    const upgraded = new AppDB(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(5)
    expect(await upgraded.progress.where('unit').equals('区数据局').count()).toBe(1)
    expect(await upgraded.outbox.count()).toBe(1)
    await upgraded.directory.put({ id: '区数据局', name: '青浦区数据局', parentId: '青浦区人民政府', kind: 'department', shortNames: [], aliases: [], order: 0, retired: false })
    expect(await upgraded.directory.where('parentId').equals('青浦区人民政府').count()).toBe(1)
    upgraded.close()
  })

  it('version 4 indexes feedback by status and reply day, keeping the items version 3 held', async () => {
    const name = `upgrade-v3-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(3).stores({ feedback: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt' })
    await old.open()
    await old.table('feedback').bulkPut([
      { id: 'f1', unit: '区数据局', status: 'registered', replyDue: '2025-07-01' },
      { id: 'f2', unit: '区数据局', status: 'registered', replyDue: '2025-07-20' },
      { id: 'f3', unit: '区数据局', status: 'replied', replyDue: '2025-07-01' },
    ])
    old.close()

    const upgraded = new AppDB(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(5)
    expect(await upgraded.feedback.count()).toBe(3)
    const overdue = await upgraded.feedback.where('[status+replyDue]').between(['registered', ''], ['registered', '2025-07-11']).primaryKeys()
    expect(overdue).toEqual(['f1'])
    upgraded.close()
  })

  it('version 5 indexes the rejected outbox entries and none waiting, keeping what version 4 held', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(4).stores({ outbox: '++localId, clientId, userId, [entity+id]' })
    await old.open()
    const entry = { clientId: 'c', userId: 'u', entity: 'progress', id: '区数据局|p:1.1#1', op: 'patch', data: {}, at: 1, createdAt: 1, attempts: 0, lastError: null }
    await old.table('outbox').bulkAdd([
      { ...entry, seq: 1, rejected: null },
      { ...entry, seq: 2, rejected: { code: 'forbidden', reason: '无权修改' } },
      { ...entry, seq: 3, rejected: null },
    ])
    old.close()

    const upgraded = new AppDB(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(5)
    expect(await upgraded.outbox.count()).toBe(3)
    expect((await upgraded.outbox.orderBy(rejectedIndex).toArray()).map(row => row.seq)).toEqual([2])
    upgraded.close()
  })

  // Dexie is given only the latest version (latestSchema): a phone still on the first release
  // gets every later table from the installed schema, its records kept.
  it('opens a version 1 database with every later table added', async () => {
    const name = `upgrade-v1-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(1).stores({ plans: 'id, year', tasks: 'id, planId, due, *units', progress: 'id, unit, taskId, planId, subject', evidence: 'id, subject, taskId, unit', photos: 'sha256, uploaded', outbox: '++localId, clientId, userId, [entity+id]', meta: 'key' })
    await old.open()
    await old.table('meta').put({ key: 'session', value: 'kept' })
    old.close()

    const upgraded = new AppDB(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(5)
    expect(await upgraded.meta.get('session')).toEqual({ key: 'session', value: 'kept' })
    await upgraded.events.put({ id: 'e1', unit: '区数据局', startsAt: '2024-12-15T09:00', status: 'planned', type: 'onsite', taskIds: ['p:1.1'] } as never)
    expect(await upgraded.events.where('taskIds').equals('p:1.1').count()).toBe(1)
    expect(await upgraded.directory.count()).toBe(0)
    upgraded.close()
  })
})
