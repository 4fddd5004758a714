import type { OutboxSummary, SupersededNotice } from './outboxSummaryRepository'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import type { OutboxRow } from './schema'
import { observeOutboxSummary, readOutboxSummary, supersededKey } from './outboxSummaryRepository'
import { saveProgress } from './progressWrites'

const target = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
const notice: SupersededNotice = { entity: 'progress', id: 'x', fields: ['status'], at: 1 }
const fail = (error: unknown) => {
  throw error
}

describe('the outbox summary followed live', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('follows each tick without reading the superseded notices again, and follows the notices when a push changes them', async () => {
    const summaries: OutboxSummary[] = []
    const noticeReads = vi.spyOn(db.meta, 'get')
    const stop = observeOutboxSummary(null)(summary => summaries.push(summary), fail)
    await vi.waitFor(() => expect(summaries).toHaveLength(1), { timeout: 5000 })
    expect(summaries[0]).toMatchObject({ pending: 0, superseded: [] })
    const noticeReadsSoFar = () => noticeReads.mock.calls.filter(([key]) => (key as unknown) === supersededKey).length
    const readsBefore = noticeReadsSoFar()

    await saveProgress(target, { status: 'done' })
    await saveProgress(target, { status: 'todo' })
    await vi.waitFor(() => expect(summaries.at(-1)?.pending).toBe(2), { timeout: 5000 })
    expect(noticeReadsSoFar()).toBe(readsBefore)

    await db.meta.put({ key: supersededKey, value: [notice] })
    await vi.waitFor(() => expect(summaries.at(-1)?.superseded).toEqual([notice]), { timeout: 5000 })
    expect(summaries.at(-1)?.pending).toBe(2)
    stop()
    noticeReads.mockRestore()
  })
})

describe('the outbox summary counted', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  const entry = (seq: number, userId: string | null, createdAt: number, rejected: OutboxRow['rejected'] = null): OutboxRow =>
    ({ seq, clientId: 'c', userId, entity: 'progress', id: `x${seq}`, op: 'patch', data: {}, at: createdAt, createdAt, attempts: 0, lastError: null, rejected })
  const refused = { code: 'forbidden', reason: '无权修改' }

  it('counts each writer\'s waiting entries apart from the rejected ones, and dates the oldest one waiting', async () => {
    await db.outbox.bulkAdd([
      entry(1, 'user-wang', 100, refused),
      entry(2, 'user-wang', 200),
      entry(3, null, 300),
      entry(4, 'user-li', 400),
      entry(5, 'user-li', 500),
      entry(6, 'user-zhao', 600, refused),
      entry(7, 'user-wang', 700),
    ])
    const wang = await readOutboxSummary('user-wang')
    expect(wang).toMatchObject({ pending: 3, othersPending: { 'user-li': 2 }, oldestPendingAt: 200 })
    expect(wang.rejected.map(row => row.seq)).toEqual([1, 6])
    // Signed out: only the entries made signed out are this phone's own.
    expect(await readOutboxSummary(null)).toMatchObject({ pending: 1, othersPending: { 'user-wang': 2, 'user-li': 2 }, oldestPendingAt: 200 })
    expect(await readOutboxSummary('user-zhao')).toMatchObject({ pending: 1, othersPending: { 'user-wang': 2, 'user-li': 2 } })
  })

  it('follows refused entries live, in the order they were made', async () => {
    const summaries: OutboxSummary[] = []
    const stop = observeOutboxSummary('user-wang')(summary => summaries.push(summary), fail)
    await vi.waitFor(() => expect(summaries).toHaveLength(1), { timeout: 5000 })
    await db.outbox.bulkAdd([entry(1, 'user-wang', 100, { code: 'stale', reason: '已归档' }), entry(2, 'user-wang', 200, refused), entry(3, 'user-wang', 300)])
    await vi.waitFor(() => expect(summaries.at(-1)?.rejected.map(row => row.seq)).toEqual([1, 2]), { timeout: 5000 })
    expect(summaries.at(-1)).toMatchObject({ pending: 1, oldestPendingAt: 300 })
    stop()
  })

  it('is empty for an empty outbox, and has no date when only rejected entries remain', async () => {
    expect(await readOutboxSummary('user-wang')).toEqual({ pending: 0, othersPending: {}, rejected: [], oldestPendingAt: null, superseded: [] })
    await db.outbox.add(entry(1, 'user-wang', 100, refused))
    expect(await readOutboxSummary('user-wang')).toMatchObject({ pending: 0, othersPending: {}, oldestPendingAt: null })
  })
})
