import { describe, expect, it } from 'vitest'
import { db } from '../db/database'
import { transactWithOutbox } from '../db/outbox'
import { readOutboxSummary } from '../db/outboxSummaryRepository'
import { maxMutationBytes } from '../../shared/sync/protocol'
import { freshDevice, otherSubject, signIn, subject, writeNotes } from '../../../tests/helpers/app/device'

describe('pushing the outbox', () => {
  it('sends entries in sequence order, in batches, and empties the outbox on acknowledgement', async () => {
    const { server, api, engine } = await freshDevice({ batchSize: 2 })
    await signIn(api, 'wang')
    await writeNotes(5)
    const outcome = await engine.syncNow()
    expect(outcome.problem).toBeNull()
    expect(server.pushes.map(p => p.mutations.map(m => m.seq))).toEqual([[1, 2], [3, 4], [5]])
    expect(server.pushes[0].mutations[1].data).toMatchObject({ note: 'note 2' })
    expect(await db.outbox.count()).toBe(0)
    expect(server.records.get(`progress|${subject.unit}|${subject.subject}`)?.data).toMatchObject({ note: 'note 5' })
  })

  it('claims changes made before sign-in for the first user, renumbered in order', async () => {
    const { server, api, engine } = await freshDevice()
    await writeNotes(2)
    const anonymous = await db.outbox.toArray()
    expect(anonymous.every(e => e.userId === null)).toBe(true)
    const identity = await signIn(api, 'wang')
    expect((await db.outbox.toArray()).map(e => [e.userId, e.clientId, e.seq])).toEqual([
      ['user-wang', identity.clientId, 1],
      ['user-wang', identity.clientId, 2],
    ])
    expect(identity.clientId).not.toBe(anonymous[0].clientId)
    await engine.syncNow()
    expect(server.pushes[0]).toMatchObject({ clientId: identity.clientId, mutations: [{ seq: 1 }, { seq: 2 }] })
  })

  it('keeps a rejected entry with its reason, never resends it, and sends the rest', async () => {
    const { server, api, engine } = await freshDevice()
    const { clientId } = await signIn(api, 'wang')
    await writeNotes(3)
    server.verdicts.set(`${clientId}:2`, { status: 'rejected', code: 'forbidden', reason: '无权修改其他单位的任务' })
    await engine.syncNow()
    const [left] = await db.outbox.toArray()
    expect(left).toMatchObject({ seq: 2, rejected: { code: 'forbidden', reason: '无权修改其他单位的任务' } })
    await writeNotes(1, otherSubject)
    await engine.syncNow()
    expect(server.pushes.map(p => p.mutations.map(m => m.seq))).toEqual([[1, 2, 3], [4]])
    expect((await readOutboxSummary('user-wang')).rejected).toHaveLength(1)
  })

  it('fills each batch with sendable entries, past a rejected one kept at the head of the queue', async () => {
    const { server, api, engine } = await freshDevice({ batchSize: 2 })
    const { clientId } = await signIn(api, 'wang')
    await writeNotes(3)
    server.verdicts.set(`${clientId}:1`, { status: 'rejected', code: 'forbidden', reason: '无权修改其他单位的任务' })
    await engine.syncNow()
    await writeNotes(3)
    await engine.syncNow()
    expect(server.pushes.map(p => p.mutations.map(m => m.seq))).toEqual([[1, 2], [3], [4, 5], [6]])
    expect(await db.outbox.toArray()).toMatchObject([{ seq: 1, rejected: { code: 'forbidden' } }])
  })

  it('rejects on the device a mutation the server could not parse, then sends the others', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    await writeNotes(3)
    server.failNext({ status: 400, body: { error: { code: 'invalid_request', message: '同步内容有误', issues: [{ path: 'mutations.1.id', message: 'too long' }] } } })
    const outcome = await engine.syncNow()
    expect(outcome.problem).toBeNull()
    expect(await db.outbox.toArray()).toMatchObject([{ seq: 2, rejected: { code: 'invalid' } }])
    expect(server.pushes.at(-1)!.mutations.map(m => m.seq)).toEqual([1, 3])
  })

  it('halves the batch when the server says the request is too large', async () => {
    const { server, api, engine } = await freshDevice({ batchSize: 4 })
    await signIn(api, 'wang')
    await writeNotes(4)
    server.failNext({ status: 413 })
    await engine.syncNow()
    expect(server.calls.filter(c => c === 'POST /api/sync/push')).toHaveLength(3)
    expect(server.pushes.map(p => p.mutations.length)).toEqual([2, 2])
  })

  it('uploads the photo an evidence entry refers to before pushing it, and only once', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const sha256 = 'a'.repeat(64)
    const photo = { sha256, mime: 'image/jpeg' as const, width: 4, height: 3, bytes: 5 }
    await transactWithOutbox([db.evidence, db.photos], async (enqueue) => {
      await db.photos.put({ ...photo, blob: new Blob(['jpeg!']), thumb: new Blob(['t']), uploaded: 0 })
      const record = { id: 'e1', ...subject, kind: 'photo' as const, photo, url: null, caption: '现场', createdAt: 1, createdBy: 'wang' }
      await db.evidence.put(record)
      await enqueue('evidence', 'e1', 'put', record)
    })
    server.failNextOn('/api/sync/push', 'network')
    expect((await engine.syncNow()).problem).toBe('unreachable')
    await engine.syncNow()
    const sent = ['POST /api/auth/login', `PUT /api/photos/${sha256}`, 'POST /api/sync/push', 'POST /api/sync/push']
    expect(server.calls.filter(c => !c.includes('pull'))).toEqual(sent)
    expect(server.pushes[0].mutations).toMatchObject([{ entity: 'evidence', id: 'e1', op: 'put' }])
    // happy-dom's Blob does not survive fake-indexeddb; the bytes are checked against the real server in tests/sync.
    expect(server.photos.has(sha256)).toBe(true)
    expect((await db.photos.get(sha256))?.uploaded).toBe(1)
  })

  it('records a change that lost to a newer one and takes the server\'s value for it', async () => {
    const { server, api, engine } = await freshDevice()
    const { clientId } = await signIn(api, 'wang')
    const id = `${subject.unit}|${subject.subject}`
    server.putRecord('progress', id, { ...subject, id, status: 'partial', note: '别人写的', count: 0 })
    await engine.syncNow()
    await writeNotes(1)
    server.verdicts.set(`${clientId}:1`, { status: 'superseded' })
    await engine.syncNow()
    expect(await db.outbox.count()).toBe(0)
    expect(await db.progress.get(id)).toMatchObject({ status: 'partial', note: '别人写的' })
    const { superseded } = await readOutboxSummary('user-wang')
    expect(superseded).toMatchObject([{ entity: 'progress', id, fields: expect.arrayContaining(['note', 'status']) }])
  })

  it('refuses on the device a change over the single-change limit, naming it, and sends the rest and pulls', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    await writeNotes(1)
    await transactWithOutbox([db.progress], enqueue => enqueue('progress', 'huge', 'patch', { note: 'x'.repeat(maxMutationBytes) }).then(() => {}))
    await writeNotes(1, otherSubject)
    const outcome = await engine.syncNow()
    expect(outcome.problem).toBeNull()
    expect(server.pushes.map(p => p.mutations.map(m => m.seq))).toEqual([[1, 3]])
    const [left] = await db.outbox.toArray()
    expect(left).toMatchObject({ seq: 2, rejected: { code: 'too_large' } })
    expect(left.rejected!.reason).toContain('2 MB')
    expect(server.pullCursors.length).toBeGreaterThan(0)
  })

  it('refuses alone a single change the server answers 413 for, in the server\'s words, and goes on', async () => {
    const { server, api, engine } = await freshDevice({ batchSize: 1 })
    await signIn(api, 'wang')
    await writeNotes(2)
    server.failNext({ status: 413, body: { error: { code: 'payload_too_large', message: '请求内容过大（上限 1 MB）' } } })
    const outcome = await engine.syncNow()
    expect(outcome.problem).toBeNull()
    const [left] = await db.outbox.toArray()
    expect(left).toMatchObject({ seq: 1, rejected: { code: 'too_large' } })
    expect(left.rejected!.reason).toContain('上限 1 MB')
    expect(server.pushes.map(p => p.mutations.map(m => m.seq))).toEqual([[2]])
  })

  it('still pulls when the server fails the push, and reports the failure', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    await writeNotes(1)
    server.putRecord('progress', 'someone-else', { ...otherSubject, id: 'someone-else', status: 'done', note: '', count: 0 })
    server.failNextOn('/api/sync/push', { status: 500 })
    const outcome = await engine.syncNow()
    expect(outcome.problem).toBe('server-error')
    expect(server.pullCursors).toHaveLength(1)
    expect(await db.progress.get('someone-else')).toBeTruthy()
  })
})
