import type { PlanRecord } from '../../shared/records/plan'
import type { PlanRow, TaskRow } from './schema'
import { db } from './database'
import { observe } from './live'
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
  // One plan per transaction with a pause between, so the first start never blocks the screen
  // for long; an interrupted run simply repeats next start (writing a plan twice is harmless).
  for (const record of records) {
    await db.transaction('rw', [db.plans, db.tasks], async () => {
      const existing = await db.plans.get(record.id)
      if (!existing || existing.bundled)
        await storePlanRecords([record])
    })
    await new Promise(resolve => setTimeout(resolve))
  }
  await db.meta.put({ key: bundledKey, value: buildId })
  return true
}

/** Every plan and task, read again whenever a plan changes (tasks come packed in their plan). */
export function observePlanLibrary(next: (library: PlanLibrary) => void, fail: (error: unknown) => void): () => void {
  return observe(async () => {
    const plans = await db.plans.toArray()
    return { plans, tasks: plans.flatMap(plan => plan.taskRows) }
  }, next, fail)
}

export function getTask(taskId: string): Promise<TaskRow | undefined> {
  return db.tasks.get(taskId)
}
