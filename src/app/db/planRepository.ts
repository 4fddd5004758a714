import type { PlanRecord } from '../../shared/records/plan'
import type { PlanRow, TaskRow } from './schema'
import { taskIdOf } from '../../shared/plan/identity'
import { db } from './database'

function unitsOfTask(task: PlanRecord['tasks'][number]): string[] {
  const names = [
    ...task.assignments.flatMap(a => [...a.leads, ...a.owners]),
    ...task.checklist.flatMap(c => [...c.leads, ...c.owners]),
  ]
  return [...new Set(names)]
}

/** Turns a synced plan record into its plan row (tasks packed in) and one row per task. */
export function planToRows(record: PlanRecord): { plan: PlanRow, tasks: TaskRow[] } {
  const { tasks, ...summary } = record
  const taskRows = tasks.map(task => ({ ...task, id: taskIdOf(record.id, task), planId: record.id, year: record.year, units: unitsOfTask(task) }))
  return { plan: { ...summary, taskCount: tasks.length, taskRows }, tasks: taskRows }
}

/**
 * Replaces plans and their tasks. A plan is not a device edit, so no outbox entry: bundled
 * plans and pulled plans both land here; importing a plan on the device goes through the outbox elsewhere.
 * Must be called inside a transaction over plans and tasks, or opens its own.
 */
export function storePlanRecords(records: PlanRecord[]): Promise<void> {
  if (!records.length)
    return Promise.resolve()
  const rows = records.map(planToRows)
  // Bulk operations: a few Dexie calls however many plans, which matters on a slow phone.
  return db.transaction('rw', [db.plans, db.tasks], async () => {
    await db.tasks.where('planId').anyOf(records.map(r => r.id)).delete()
    await db.plans.bulkPut(rows.map(r => r.plan))
    await db.tasks.bulkPut(rows.flatMap(r => r.tasks))
  })
}

export function deletePlan(planId: string): Promise<void> {
  return db.transaction('rw', [db.plans, db.tasks], async () => {
    await db.tasks.where('planId').equals(planId).delete()
    await db.plans.delete(planId)
  })
}
