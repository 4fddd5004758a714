import type { RecordMutation } from './outboxRow'
import { beforeEach, describe, expect, it } from 'vitest'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { lastSequence, readWriterIdentity, saveLastSequence, setIdentity } from './identity'
import { type RowRecipe, writeRecordWithOutbox } from './recordOutboxTransaction'

const target = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
const id = progressIdOf(target.unit, target.subject)
const tick = (status: string): RecordMutation => ({ entity: 'progress', id, op: 'patch', data: { ...target, status } })
const recipe = (status: string): RowRecipe => ({ defaults: progressDefaults, fields: { ...target, status, id } })

async function backend(): Promise<IDBDatabase> {
  await db.open()
  return db.backendDB()
}

// What the writer worker runs (outboxWriter.worker.ts), with IndexedDB's own API alone; here on the
// test's IndexedDB, as the worker has no other code than this around it.
describe('a record and its outbox entry written without Dexie', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('stores the row over the stored one, numbered after the writer\'s last change, with the commit\'s time', async () => {
    const identity = await readWriterIdentity()
    await saveLastSequence(identity.clientId, 4)
    await db.progress.put({ ...progressDefaults, ...target, id, status: 'partial', note: '已联系场馆' })
    const result = await writeRecordWithOutbox(await backend(), 'progress', tick('done'), recipe('done'))
    if (!result.written)
      throw new Error('not written')
    expect(result.before).toMatchObject({ status: 'partial', note: '已联系场馆' })
    expect(result.after).toEqual({ ...progressDefaults, ...target, id, status: 'done', note: '已联系场馆' })
    expect(result.committedAt).toBeGreaterThan(0)
    expect(await db.progress.get(id)).toEqual(result.after)
    expect(await lastSequence(identity.clientId)).toBe(5)
    const [entry] = await db.outbox.toArray()
    expect(entry).toEqual({ ...tick('done'), seq: 5, localId: result.queued.localId, at: result.queued.at, createdAt: result.queued.at, clientId: identity.clientId, userId: identity.userId, attempts: 0, lastError: null, rejected: null })
  })

  it('writes a new row from the defaults, or the fields alone where asked to replace the row', async () => {
    await readWriterIdentity()
    const written = await writeRecordWithOutbox(await backend(), 'progress', tick('todo'), recipe('todo'))
    expect(written.written && written.after).toEqual({ ...progressDefaults, ...target, id, status: 'todo' })
    const replaced = await writeRecordWithOutbox(await backend(), 'progress', tick('done'), { fields: { ...target, id, status: 'done' }, replace: true })
    expect(await db.progress.get(id)).toEqual({ ...target, id, status: 'done' })
    expect(replaced.written && replaced.queued.seq).toBe(2)
  })

  it('numbers changes as whoever is signed in now', async () => {
    await readWriterIdentity()
    await setIdentity({ userId: 'u-2', clientId: 'client-2' })
    await saveLastSequence('client-2', 7)
    const result = await writeRecordWithOutbox(await backend(), 'progress', tick('done'), recipe('done'))
    expect(result.written && result.queued).toMatchObject({ seq: 8, clientId: 'client-2', userId: 'u-2' })
  })

  it('writes nothing before the device has a writer identity (only Dexie\'s path creates it)', async () => {
    expect(await writeRecordWithOutbox(await backend(), 'progress', tick('done'), recipe('done'))).toEqual({ written: false })
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('keeps nothing when a request fails, and says why', async () => {
    const identity = await readWriterIdentity()
    const unclonable: RecordMutation = { ...tick('done'), data: { ...target, fn: () => undefined } }
    await expect(writeRecordWithOutbox(await backend(), 'progress', unclonable, recipe('done'))).rejects.toMatchObject({ name: 'DataCloneError' })
    // A row without its key: the put's DataError aborts the transaction.
    await expect(writeRecordWithOutbox(await backend(), 'progress', tick('done'), { fields: { status: 'done' }, replace: true })).rejects.toMatchObject({ name: 'DataError' })
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await lastSequence(identity.clientId)).toBe(0)
  })
})
