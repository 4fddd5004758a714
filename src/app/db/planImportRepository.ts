import type { PlanRecord } from '../../shared/records/plan'
import { db } from './database'
import { transactWithOutbox } from './outbox'
import { planToRows } from './planRepository'

/**
 * A plan imported on this device: its rows and the outbox entry that carries it to everyone
 * else commit together, replacing an earlier import of the same plan (same id) whole.
 */
export function importPlan(record: PlanRecord): Promise<void> {
  return transactWithOutbox([db.plans, db.tasks], async (enqueue) => {
    const { plan, tasks } = planToRows(record)
    await db.tasks.where('planId').equals(record.id).delete()
    await db.plans.put(plan)
    await db.tasks.bulkPut(tasks)
    await enqueue('plan', record.id, 'put', record)
  })
}

export async function planExists(planId: string): Promise<boolean> {
  return (await db.plans.get(planId)) !== undefined
}
