import type { PlanRecord } from '../../shared/records/plan'
import type { PlanRow, TaskRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'

export interface PlanLibrary {
  plans: PlanRow[]
  tasks: TaskRow[]
}

const bundledKey = 'bundledPlans'

/**
 * Puts the plans shipped with this build on the device, once per build. The plans themselves
 * are loaded only when needed, so a normal start never downloads or parses them.
 * A plan someone imported keeps precedence over a bundled one with the same id.
 */
export async function ensureBundledPlans(buildId: string, load: () => Promise<PlanRecord[]>): Promise<boolean> {
  const seeded = await db.meta.get(bundledKey)
  if (seeded?.value === buildId)
    return false
  const [records, { storeBundledPlans }] = await Promise.all([load(), import('./bundledPlans')])
  // Stopped halfway (the tab closed), the build is not marked seeded and the next start stores
  // them again; the library is read only after the last one (usePlanLibraryStore).
  await storeBundledPlans(records)
  await db.meta.put({ key: bundledKey, value: buildId })
  return true
}

/** Every plan and task, read again whenever a plan changes (tasks come packed in their plan). */
export function observePlanLibrary(): LiveRead<PlanLibrary> {
  return live(async () => {
    const plans = await db.plans.toArray()
    return { plans, tasks: plans.flatMap(plan => plan.taskRows) }
  })
}

/**
 * The plans of the year screens open on: this year's, or while it has none the latest year's
 * before it (or the nearest after), read again whenever a plan changes. The year comes from the
 * year index alone: no other year's plan is copied out of IndexedDB, whose structured clone of
 * every plan's tasks on the main thread was most of what a cold start of 首页 or 计划 waited for.
 */
export function observeOpeningYear(currentYear: number): LiveRead<PlanLibrary> {
  return live(async () => {
    const year = await db.plans.where('year').belowOrEqual(currentYear).lastKey() ?? await db.plans.orderBy('year').firstKey()
    const plans = await db.plans.where('year').equals(year ?? currentYear).toArray()
    return { plans, tasks: plans.flatMap(plan => plan.taskRows) }
  })
}
