import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import { ensureBundledPlans, observeOpeningYear, observePlanLibrary, type PlanLibrary } from './libraryRepository'
import { storePlanRecords } from './planRepository'
import { qingpu2024 } from '../../../tests/helpers/app/plans'
import { planIdOf } from '../../shared/plan/identity'

const planOfYear = (year: number) => ({ ...qingpu2024, year, title: `${year}年工作要点`, id: planIdOf({ year, issuer: qingpu2024.issuer, title: `${year}年工作要点` }) })

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

describe('observeOpeningYear', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  const yearsSeen = (seen: PlanLibrary[]) => seen.map(library => [...new Set(library.plans.map(plan => plan.year)), library.tasks.length])

  it('reads this year\'s plans only, or while it has none the latest year\'s before it, again when a plan comes', async () => {
    await storePlanRecords([planOfYear(2022), planOfYear(2023), planOfYear(2025)])
    const seen: PlanLibrary[] = []
    const stop = observeOpeningYear(2024)(library => seen.push(library), () => {})
    await vi.waitFor(() => expect(yearsSeen(seen)).toEqual([[2023, 3]]))
    await storePlanRecords([planOfYear(2024)])
    await vi.waitFor(() => expect(yearsSeen(seen).at(-1)).toEqual([2024, 3]))
    stop()
  })

  it('reads the nearest future year\'s plans when there are only those, and nothing on an empty device', async () => {
    const seen: PlanLibrary[] = []
    const stop = observeOpeningYear(2024)(library => seen.push(library), () => {})
    await vi.waitFor(() => expect(yearsSeen(seen)).toEqual([[0]]))
    await storePlanRecords([planOfYear(2026), planOfYear(2025)])
    await vi.waitFor(() => expect(yearsSeen(seen).at(-1)).toEqual([2025, 3]))
    stop()
  })
})
