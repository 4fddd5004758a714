import type { ProgressRow } from './schema'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { lastSequence, readWriterIdentity, saveLastSequence, setIdentity } from './identity'
import { live } from './live'
import { putWithOutbox } from './nativeOutboxWrite'
import { onOutboxWritten } from './outbox'
import type { RecordMutation } from './outboxRow'
import { observeProgress, progressOfTask } from './progressRepository'
import { saveProgress } from './progressWrites'

const target = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
const id = progressIdOf(target.unit, target.subject)
const tick = (status: ProgressRow['status']): RecordMutation => ({ entity: 'progress', id, op: 'patch', data: { ...target, status } })
const nextRow = (status: ProgressRow['status']) => (before: ProgressRow | undefined): ProgressRow => ({ ...progressDefaults, ...before, ...target, status, id })
const fail = (error: unknown) => {
  throw error
}

describe('a write past Dexie', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('writes the record, its outbox entry and the sequence together, numbered after the last change', async () => {
    const identity = await readWriterIdentity()
    await saveProgress({ ...target, subject: 'p:1.1#2' }, { status: 'partial' })
    const written = await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    expect(written).toBeDefined()
    expect(written!.before).toBeUndefined()
    expect(written!.after).toMatchObject({ id, status: 'done', note: '' })
    const entries = await db.outbox.orderBy('localId').toArray()
    expect(entries.at(-1)).toEqual({
      ...tick('done'),
      seq: 2,
      localId: written!.queued.localId,
      at: written!.queued.at,
      clientId: identity.clientId,
      userId: identity.userId,
      createdAt: written!.queued.at,
      attempts: 0,
      lastError: null,
      rejected: null,
    })
    expect(entries.at(-1)!.localId).toBeGreaterThan(entries[0]!.localId!)
    expect(await lastSequence(identity.clientId)).toBe(2)
    expect(await db.progress.get(id)).toEqual(written!.after)

    const again = await putWithOutbox(db, 'progress', tick('todo'), nextRow('todo'))
    expect(again!.before).toEqual(written!.after)
    expect(again!.queued.seq).toBe(3)
  })

  it('numbers a change after the last one of whoever writes now, after a sign-in in between', async () => {
    const anonymous = await readWriterIdentity()
    await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    await putWithOutbox(db, 'progress', tick('todo'), nextRow('todo'))
    await setIdentity({ userId: 'u-2', clientId: 'client-2' })
    await saveLastSequence('client-2', 7)
    const written = await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    expect(written!.queued).toMatchObject({ seq: 8, clientId: 'client-2', userId: 'u-2' })
    expect(await lastSequence(anonymous.clientId)).toBe(2)
    await setIdentity(anonymous)
    expect((await putWithOutbox(db, 'progress', tick('todo'), nextRow('todo')))!.queued).toMatchObject({ seq: 3, clientId: anonymous.clientId })
  })

  it('keeps nothing when a request fails, and the caller hears why', async () => {
    await readWriterIdentity()
    const unclonable: RecordMutation = { ...tick('done'), data: { ...target, status: 'done', fn: () => undefined } }
    await expect(putWithOutbox(db, 'progress', unclonable, nextRow('done'))).rejects.toMatchObject({ name: 'DataCloneError' })
    const broken = () => {
      throw new Error('no row for you')
    }
    await expect(putWithOutbox(db, 'progress', tick('done'), broken)).rejects.toThrow('no row for you')
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await lastSequence((await readWriterIdentity()).clientId)).toBe(0)
  })

  it('leaves the write to Dexie where it cannot run past it', async () => {
    // No writer identity yet: identity.ts creates it, through Dexie.
    expect(await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))).toBeUndefined()
    await readWriterIdentity()
    // Inside a Dexie transaction, whose fate the write shares.
    await db.transaction('rw', [db.progress, db.outbox, db.meta], async () => {
      expect(await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))).toBeUndefined()
    })
    // The database closed (a new version in another tab); saveProgress then reopens it through Dexie.
    db.close({ disableAutoOpen: false })
    expect(await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))).toBeUndefined()
    expect(await db.outbox.count()).toBe(0)
    const { after } = await saveProgress(target, { status: 'done' })
    expect(await db.progress.get(id)).toEqual(after)
    expect(await db.outbox.count()).toBe(1)
  })

  it('tells the sync engine after the commit, once', async () => {
    await readWriterIdentity()
    const seen: number[] = []
    const stop = onOutboxWritten(async database => seen.push(await database.outbox.count()))
    await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    stop()
    await vi.waitFor(() => expect(seen).toEqual([1]), { timeout: 5000 })
  })
})

describe('a write sent beside the reads that check it', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  /** A first write in this tab, so the next knows its writer and sequence. */
  async function firstWrite() {
    const identity = await readWriterIdentity()
    const first = await putWithOutbox(db, 'progress', tick('partial'), nextRow('partial'))
    return { identity, first: first! }
  }

  it('sends the writes with the reads when the row is known, and keeps them when the reads agree', async () => {
    const { identity, first } = await firstWrite()
    const put = vi.spyOn(IDBObjectStore.prototype, 'put')
    const add = vi.spyOn(IDBObjectStore.prototype, 'add')
    const writing = putWithOutbox(db, 'progress', tick('done'), nextRow('done'), { before: first.after })
    // Before any answer from the database: the row, the sequence and the outbox entry are on their way.
    expect(put.mock.calls.map(([value]) => value)).toEqual([
      { ...first.after, status: 'done' },
      { key: `seq:${identity.clientId}`, value: 2 },
    ])
    expect(add).toHaveBeenCalledTimes(1)
    put.mockRestore()
    add.mockRestore()
    const written = (await writing)!
    expect(written.before).toEqual(first.after)
    expect(written.queued).toMatchObject({ seq: 2, clientId: identity.clientId, data: { ...target, status: 'done' } })
    expect(await db.outbox.orderBy('localId').toArray()).toEqual([first.queued, written.queued])
    expect(await db.progress.get(id)).toEqual(written.after)
    expect(await lastSequence(identity.clientId)).toBe(2)
  })

  it('writes the stored row\'s and sequence\'s due successors over a wrong guess, in the same transaction', async () => {
    const { identity, first } = await firstWrite()
    // Since the screen read the row: a note written on another phone came in, and another change was queued.
    const stored = { ...first.after, note: '已联系' }
    await db.progress.put(stored)
    await saveLastSequence(identity.clientId, 10)
    const written = (await putWithOutbox(db, 'progress', tick('done'), nextRow('done'), { before: first.after }))!
    expect(written.before).toEqual(stored)
    expect(written.after).toEqual({ ...stored, status: 'done' })
    expect(written.queued.seq).toBe(11)
    expect(await db.progress.get(id)).toEqual(written.after)
    expect(await db.outbox.orderBy('localId').toArray()).toEqual([first.queued, written.queued])
    expect(await lastSequence(identity.clientId)).toBe(11)
  })

  it('writes as whoever signed in since, keeping nothing of the guess made as the last writer', async () => {
    const { identity, first } = await firstWrite()
    await setIdentity({ userId: 'u-2', clientId: 'client-2' })
    await saveLastSequence('client-2', 7)
    const written = (await putWithOutbox(db, 'progress', tick('done'), nextRow('done'), { before: first.after }))!
    expect(written.queued).toMatchObject({ seq: 8, clientId: 'client-2', userId: 'u-2' })
    expect(await lastSequence(identity.clientId)).toBe(1)
    expect(await lastSequence('client-2')).toBe(8)
    expect(await db.outbox.orderBy('localId').toArray()).toEqual([first.queued, written.queued])
    expect(await db.progress.get(id)).toEqual(written.after)
  })

  it('keeps nothing of a guessed write that fails, and the caller hears why', async () => {
    const { identity, first } = await firstWrite()
    const unclonable: RecordMutation = { ...tick('done'), data: { ...target, status: 'done', fn: () => undefined } }
    await expect(putWithOutbox(db, 'progress', unclonable, nextRow('done'), { before: first.after })).rejects.toMatchObject({ name: 'DataCloneError' })
    expect(await db.progress.get(id)).toEqual(first.after)
    expect(await db.outbox.toArray()).toEqual([first.queued])
    expect(await lastSequence(identity.clientId)).toBe(1)
  })
})

describe('a tick written past Dexie reaches what reads it', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
    await readWriterIdentity()
  })

  it('reaches a live read of the table and one through an index', async () => {
    const every: ProgressRow[][] = []
    const ofTask: ProgressRow[][] = []
    const stops = [observeProgress(null)(rows => every.push(rows), fail), live(() => progressOfTask(target.taskId))(rows => ofTask.push(rows), fail)]
    await vi.waitFor(() => expect(every.length && ofTask.length).toBeTruthy(), { timeout: 5000 })
    expect(await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))).toBeDefined()
    await vi.waitFor(() => expect(every.at(-1)?.map(r => r.status)).toEqual(['done']), { timeout: 5000 })
    await vi.waitFor(() => expect(ofTask.at(-1)?.map(r => r.status)).toEqual(['done']), { timeout: 5000 })
    await putWithOutbox(db, 'progress', tick('todo'), nextRow('todo'))
    await vi.waitFor(() => expect(ofTask.at(-1)?.map(r => r.status)).toEqual(['todo']), { timeout: 5000 })
    stops.forEach(stop => stop())
  })

  it('leaves no stale result in Dexie\'s query cache for a read that starts after it', async () => {
    // One read kept open keeps its result in Dexie's cache; a second one just like it would be
    // answered from there.
    const first: ProgressRow[][] = []
    const stopFirst = live(() => progressOfTask(target.taskId))(rows => first.push(rows), fail)
    await vi.waitFor(() => expect(first).toHaveLength(1), { timeout: 5000 })
    await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    const second: ProgressRow[][] = []
    const stopSecond = live(() => progressOfTask(target.taskId))(rows => second.push(rows), fail)
    await vi.waitFor(() => expect(second.at(-1)?.map(r => r.status)).toEqual(['done']), { timeout: 5000 })
    expect(second[0]!.map(r => r.status)).toEqual(['done'])
    stopFirst()
    stopSecond()
  })

  it('reaches the outbox\'s readers and the other tabs', async () => {
    const pending: number[] = []
    const stop = live(() => db.outbox.count())(count => pending.push(count), fail)
    await vi.waitFor(() => expect(pending).toEqual([0]), { timeout: 5000 })
    const otherTab = new BroadcastChannel('kaifangri:writes-past-dexie')
    const heard = new Promise<unknown>(resolve => otherTab.onmessage = event => resolve(event.data))
    await putWithOutbox(db, 'progress', tick('done'), nextRow('done'))
    await vi.waitFor(() => expect(pending.at(-1)).toBe(1), { timeout: 5000 })
    const parts = await heard as Record<string, unknown>
    expect(Object.keys(parts)).toContain(`idb://${db.name}/progress/`)

    // Another tab's write past Dexie, as this tab hears of it.
    await new Promise<void>((resolve) => {
      const transaction = db.backendDB().transaction('outbox', 'readwrite')
      transaction.objectStore('outbox').clear()
      transaction.oncomplete = () => resolve()
    })
    const outboxParts = Object.entries(parts).filter(([part]) => part.startsWith(`idb://${db.name}/outbox/`))
    otherTab.postMessage(Object.fromEntries(outboxParts))
    await vi.waitFor(() => expect(pending.at(-1)).toBe(0), { timeout: 5000 })
    otherTab.close()
    stop()
  })
})
