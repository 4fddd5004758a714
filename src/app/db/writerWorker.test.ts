import type { ProgressRow } from './schema'
import type { WriterReply, WriterRequest } from './outboxWriterMessages'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { readWriterIdentity } from './identity'
import { observeProgress } from './progressRepository'
import { saveProgress } from './progressWrites'
import { writeRecordWithOutbox } from './recordOutboxTransaction'
import { startWriterWorker, writerWorkerSettled } from './writerWorker'

// The page's side of the writer worker (writerWorker.ts). happy-dom has no Worker: this stand-in answers
// as outboxWriter.worker.ts does, running the same transaction on the test's IndexedDB in this thread,
// and holds a write back when asked to. The real worker is proven in Chromium (tests/e2e/tickTabs.test.ts).
class StandInWorker extends EventTarget {
  static current: StandInWorker | undefined
  sent: WriterRequest[] = []
  held: Array<() => void> = []
  hold = false
  failWith: string | null = null
  terminated = false

  constructor() {
    super()
    StandInWorker.current = this
  }

  postMessage(request: WriterRequest) {
    this.sent.push(structuredClone(request))
    if (request.kind === 'open')
      return this.reply({ kind: 'opened', ok: true })
    const write = async () => {
      if (this.failWith)
        return this.reply({ kind: 'failed', id: request.id, name: this.failWith, message: 'The quota has been exceeded.' })
      const result = await writeRecordWithOutbox(db.backendDB(), request.table, request.mutation, request.recipe)
      this.reply(result.written
        ? { kind: 'written', id: request.id, before: result.before, after: result.after, queued: result.queued, committedAt: performance.timeOrigin + result.committedAt }
        : { kind: 'not written', id: request.id })
    }
    if (this.hold)
      this.held.push(() => void write())
    else
      void write()
  }

  terminate() {
    this.terminated = true
  }

  reply(message: WriterReply) {
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: message })))
  }
}

const target = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
const id = progressIdOf(target.unit, target.subject)
const writes = () => StandInWorker.current!.sent.filter(request => request.kind === 'write')

describe('ticks through the writer worker, as the page sees them', () => {
  vi.stubGlobal('Worker', StandInWorker)
  afterAll(() => {
    vi.unstubAllGlobals()
  })

  it('writes on the page until the worker has opened the database, then through the worker', async () => {
    await readWriterIdentity()
    // A write is given up after 200 ms without an answer (ten seconds in the app), the last case below.
    startWriterWorker(db, { answerWithinMs: 200 })
    await saveProgress(target, { status: 'partial' })
    expect(writes()).toEqual([])
    await vi.waitFor(async () => {
      await saveProgress(target, { note: '已联系场馆' })
      expect(writes().length).toBeGreaterThan(0)
    })
    const rows: ProgressRow[][] = []
    const stop = observeProgress(null)(seen => rows.push(seen), (error) => {
      throw error
    })
    const { before, after, durableAt } = await saveProgress(target, { status: 'done' })
    expect(before).toMatchObject({ status: 'partial', note: '已联系场馆' })
    expect(after).toMatchObject({ ...target, id, status: 'done', note: '已联系场馆' })
    expect(durableAt).toBeGreaterThan(0)
    expect(durableAt).toBeLessThanOrEqual(performance.now())
    expect(await db.progress.get(id)).toEqual(after)
    // Live reads hear of it, as of a write made on the page.
    await vi.waitFor(() => expect(rows.at(-1)?.map(row => row.status)).toEqual(['done']))
    stop()
    const seqs = (await db.outbox.orderBy('localId').toArray()).map(entry => entry.seq)
    expect(seqs).toEqual(seqs.map((_, i) => i + 1))
  })

  it('reports the worker\'s failure as IndexedDB\'s error, having kept nothing', async () => {
    const waiting = await db.outbox.count()
    StandInWorker.current!.failWith = 'QuotaExceededError'
    await expect(saveProgress(target, { status: 'todo' })).rejects.toMatchObject({ name: 'QuotaExceededError' })
    StandInWorker.current!.failWith = null
    expect(await db.outbox.count()).toBe(waiting)
    expect(await db.progress.get(id)).toMatchObject({ status: 'done' })
  })

  it('once the worker closed its connection, writes on the page after the worker\'s earlier writes, in the order made', async () => {
    const worker = StandInWorker.current!
    worker.hold = true
    const first = saveProgress(target, { note: '第一次' })
    await vi.waitFor(() => expect(worker.held).toHaveLength(1))
    // The page upgrading the database: the worker closes its connection and says so.
    worker.reply({ kind: 'closed' })
    await new Promise(resolve => setTimeout(resolve, 10))
    const second = saveProgress(target, { note: '第二次' })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(await db.progress.get(id)).toMatchObject({ note: '已联系场馆' })
    worker.held.shift()!()
    await Promise.all([first, second])
    await writerWorkerSettled(db)
    const entries = (await db.outbox.toArray()).sort((a, b) => a.seq - b.seq)
    expect(entries.slice(-2).map(entry => entry.data.note)).toEqual(['第一次', '第二次'])
    expect(await db.progress.get(id)).toMatchObject({ note: '第二次' })
    // And opens it again for the next screen that ticks.
    worker.hold = false
    startWriterWorker(db)
    await vi.waitFor(() => expect(worker.sent.filter(request => request.kind === 'open')).toHaveLength(2))
  })

  it('gives up a worker that does not answer: the page writes the change, and every one after it', async () => {
    const worker = StandInWorker.current!
    // Open again since the last case: a write goes through it once it is.
    await vi.waitFor(async () => {
      const before = writes().length
      await saveProgress(target, { note: '再次打开' })
      expect(writes().length).toBeGreaterThan(before)
    })
    worker.hold = true
    const sent = writes().length
    await saveProgress(target, { note: '无人应答' })
    expect(writes()).toHaveLength(sent + 1)
    expect(worker.terminated).toBe(true)
    expect(await db.progress.get(id)).toMatchObject({ note: '无人应答' })
    await saveProgress(target, { note: '之后' })
    expect(writes()).toHaveLength(sent + 1)
    expect(await db.progress.get(id)).toMatchObject({ note: '之后' })
  })
})
