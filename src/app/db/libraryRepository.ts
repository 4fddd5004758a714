import type { PlanRecord } from '../../shared/records/plan'
import type { PlanRow, TaskRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'
import { storePlanRecords } from './planRepository'

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
  const records = await load()
  // A handful of bulk operations in one transaction: on a slow phone each Dexie call costs
  // more than the bytes it writes, so this keeps the first start's busy time short.
  await db.transaction('rw', [db.plans, db.tasks, db.meta], async () => {
    const existing = await db.plans.bulkGet(records.map(r => r.id))
    await storePlanRecords(records.filter((_, i) => !existing[i] || existing[i].bundled))
    await db.meta.put({ key: bundledKey, value: buildId })
  })
  return true
}

/** Every plan and task, read again whenever a plan changes (tasks come packed in their plan). */
export function observePlanLibrary(): LiveRead<PlanLibrary> {
  return live(async () => {
    const plans = await db.plans.toArray()
    return { plans, tasks: plans.flatMap(plan => plan.taskRows) }
  })
}
