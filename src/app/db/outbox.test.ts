import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { transactWithOutbox } from './outbox'

describe('the outbox', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('numbers changes queued side by side in one transaction without a gap or a repeat', async () => {
    await transactWithOutbox([db.evidence], enqueue => Promise.all(['a', 'b', 'c'].map(id => enqueue('evidence', id, 'delete', {}))))
    await transactWithOutbox([db.evidence], enqueue => enqueue('evidence', 'd', 'delete', {}))
    const rows = await db.outbox.toArray()
    expect(rows.map(row => row.seq).sort()).toEqual([1, 2, 3, 4])
    expect(rows.find(row => row.id === 'd')?.seq).toBe(4)
  })

  it('keeps nothing of a transaction whose work fails, and numbers the next change as if it never ran', async () => {
    const failed = transactWithOutbox([db.evidence], async (enqueue) => {
      await enqueue('evidence', 'a', 'delete', {})
      throw new Error('disk full')
    })
    await expect(failed).rejects.toThrow('disk full')
    expect(await db.outbox.count()).toBe(0)
    await transactWithOutbox([db.evidence], enqueue => enqueue('evidence', 'b', 'delete', {}))
    expect((await db.outbox.toArray()).map(row => row.seq)).toEqual([1])
  })
})
