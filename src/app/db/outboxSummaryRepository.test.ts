import type { OutboxSummary, SupersededNotice } from './outboxSummaryRepository'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import { observeOutboxSummary, supersededKey } from './outboxSummaryRepository'
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
