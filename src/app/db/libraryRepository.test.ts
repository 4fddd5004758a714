import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import { ensureBundledPlans, observePlanLibrary } from './libraryRepository'
import { storePlanRecords } from './planRepository'
import { qingpu2024 } from '../../../tests/helpers/app/plans'

describe('ensureBundledPlans', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('stores the bundled plans once per build and never loads them again for that build', async () => {
    const load = vi.fn(async () => [qingpu2024])
    expect(await ensureBundledPlans('build-1', load)).toBe(true)
    expect(await ensureBundledPlans('build-1', load)).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
    expect(await db.tasks.where('planId').equals(qingpu2024.id).count()).toBe(3)
    expect(await db.outbox.count()).toBe(0)
  })

  it('refreshes bundled plans for a new build but keeps a plan someone imported with the same id', async () => {
    await storePlanRecords([{ ...qingpu2024, bundled: false, title: '导入的版本' }])
    await ensureBundledPlans('build-2', async () => [qingpu2024])
    expect((await db.plans.get(qingpu2024.id))?.title).toBe('导入的版本')
  })

  it('leaves nothing behind when loading the bundle fails', async () => {
    await expect(ensureBundledPlans('build-3', async () => {
      throw new Error('offline on first visit')
    })).rejects.toThrow('offline')
    expect(await db.meta.get('bundledPlans')).toBeUndefined()
  })
})

describe('observePlanLibrary', () => {
  it('reports plans and tasks now and again after they change', async () => {
    await Promise.all(db.tables.map(t => t.clear()))
    const seen: number[] = []
    const stop = observePlanLibrary()(library => seen.push(library.tasks.length), () => {})
    await vi.waitFor(() => expect(seen).toEqual([0]))
    await storePlanRecords([qingpu2024])
    await vi.waitFor(() => expect(seen.at(-1)).toBe(3))
    stop()
  })
})
