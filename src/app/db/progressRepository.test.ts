import type { ProgressRow } from './schema'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { observeProgress } from './progressRepository'
import { saveProgress } from './progressWrites'
import { observeUnitTaskProgress } from './unitTaskProgressRead'

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

describe('observeProgress', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  const row = (unit: string, subject: string, status: ProgressRow['status']): ProgressRow =>
    ({ ...progressDefaults, unit, planId: 'p', taskId: 'p:1.1', subject, status, id: progressIdOf(unit, subject) })

  it('reads one unit\'s rows, or every unit\'s, and again when one of them changes', async () => {
    await db.progress.bulkPut([row('区政府办公室', 'p:1.1#1', 'done'), row('区政府办公室', 'p:1.1#2', 'todo'), row('区教育局', 'p:1.1#1', 'done')])
    const mine: ProgressRow[][] = []
    const every: ProgressRow[][] = []
    const fail = (error: unknown) => {
      throw error
    }
    // Not through the unit index: a live query notes every key an index read returns.
    const byIndex = vi.spyOn(db.progress, 'where')
    const stops = [observeProgress('区政府办公室')(rows => mine.push(rows), fail), observeProgress(null)(rows => every.push(rows), fail)]
    await vi.waitFor(() => expect(mine.length && every.length).toBeTruthy(), { timeout: 5000 })
    expect(mine.at(-1)!.map(r => r.subject).sort()).toEqual(['p:1.1#1', 'p:1.1#2'])
    expect(mine.at(-1)!.every(r => r.unit === '区政府办公室')).toBe(true)
    expect(every.at(-1)).toHaveLength(3)

    await saveProgress({ unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#2' }, { status: 'done' })
    await vi.waitFor(() => expect(mine.at(-1)!.find(r => r.subject === 'p:1.1#2')?.status).toBe('done'), { timeout: 5000 })
    stops.forEach(stop => stop())
    expect(byIndex).not.toHaveBeenCalled()
    byIndex.mockRestore()
  })

  it('reads one unit\'s rows of one task for a coordinator\'s look, and again when one changes', async () => {
    await db.progress.bulkPut([row('区教育局', 'p:1.1#1', 'done'), row('区政府办公室', 'p:1.1#1', 'todo'), { ...row('区教育局', 'p:1.2#1', 'done'), taskId: 'p:1.2' }])
    const seen: ProgressRow[][] = []
    const stop = observeUnitTaskProgress('区教育局', 'p:1.1')(rows => seen.push(rows), (error) => {
      throw error
    })
    await vi.waitFor(() => expect(seen.at(-1)?.map(r => r.subject)).toEqual(['p:1.1#1']), { timeout: 5000 })
    await saveProgress({ unit: '区教育局', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#2' }, { status: 'done' })
    await vi.waitFor(() => expect(seen.at(-1)?.map(r => r.subject).sort()).toEqual(['p:1.1#1', 'p:1.1#2']), { timeout: 5000 })
    stop()
  })
})
