import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { saveProgress } from './progressRepository'

const target = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }

describe('saveProgress', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('writes the record and its outbox entry together', async () => {
    const { after } = await saveProgress(target, { status: 'done' })
    expect(after).toMatchObject({ status: 'done', note: '', count: 0 })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ entity: 'progress', id: after.id, op: 'patch', seq: 1, data: { ...target, status: 'done' } })
  })

  it('numbers mutations per client in order', async () => {
    await saveProgress(target, { status: 'done' })
    await saveProgress(target, { note: '已完成' })
    expect((await db.outbox.toArray()).map(e => e.seq)).toEqual([1, 2])
    expect(await db.progress.get(`${target.unit}|${target.subject}`)).toMatchObject({ status: 'done', note: '已完成' })
  })

  it('writes nothing when the transaction fails', async () => {
    await expect(db.transaction('rw', [db.progress, db.outbox, db.meta], async () => {
      await saveProgress(target, { status: 'done' })
      throw new Error('disk full')
    })).rejects.toThrow('disk full')
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})
