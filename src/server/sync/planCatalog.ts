// The plans as the server holds them, parsed once per stored version: permission checks
// need a task's lead and owner units on every write, and pulls need the tasks a unit leads.
import type { PlanRecord } from '../../shared/records/plan'
import type { PlanTask } from '../../shared/plan/types'
import type { Db } from '../db/schema'
import { planIdOfTask, taskIdOf } from '../../shared/plan/identity'
import { taskCoversUnit, type UnitCoverage } from '../../shared/units'

interface CachedPlan {
  version: number
  record: PlanRecord
  tasks: Map<string, PlanTask>
}

export class PlanCatalog {
  private plans = new Map<string, CachedPlan>()
  private ledByUnit = new Map<string, string[]>()
  private coverage = new Map<string, UnitCoverage>()

  /** Brings the cache up to the stored plans; cheap when nothing changed (ids and versions only). */
  async refresh(db: Db): Promise<void> {
    const rows = await db.selectFrom('records').select(['id', 'version', 'deleted'])
      .where('entity', '=', 'plan').where('version', '>', 0).execute()
    const live = new Map(rows.filter(r => !r.deleted).map(r => [r.id, r.version]))
    const stale = [...live].filter(([id, version]) => this.plans.get(id)?.version !== version).map(([id]) => id)
    const removed = [...this.plans.keys()].filter(id => !live.has(id))
    for (const id of removed)
      this.plans.delete(id)
    if (stale.length) {
      const loaded = await db.selectFrom('records').select(['id', 'version', 'data'])
        .where('entity', '=', 'plan').where('id', 'in', stale).execute()
      for (const row of loaded)
        this.plans.set(row.id, this.parse(row.version, JSON.parse(row.data) as PlanRecord))
    }
    if (stale.length || removed.length) {
      this.ledByUnit.clear()
      this.coverage.clear()
    }
  }

  private parse(version: number, record: PlanRecord): CachedPlan {
    const tasks = new Map(record.tasks.map(task => [taskIdOf(record.id, task), task]))
    return { version, record, tasks }
  }

  /**
   * Whether the unit leads or owns the task (memoized: unit names take regexes to compare); null if
   * no such task. The plan's issuer decides whom 各部门 means (a government's bureaus or a bureau's sections).
   */
  coverageOf(taskId: string, unit: string): UnitCoverage | null {
    const key = `${taskId}\u0000${unit}`
    let found = this.coverage.get(key)
    if (!found) {
      const plan = this.plans.get(planIdOfTask(taskId))
      const task = plan?.tasks.get(taskId)
      if (!plan || !task)
        return null
      found = taskCoversUnit(task, unit, plan.record.issuer)
      this.coverage.set(key, found)
    }
    return found
  }

  records(): PlanRecord[] {
    return [...this.plans.values()].map(p => p.record)
  }

  /** Ids of the tasks the unit leads, directly or through a generic group such as 各部门. */
  tasksLedBy(unit: string): string[] {
    let ids = this.ledByUnit.get(unit)
    if (!ids) {
      ids = []
      for (const plan of this.plans.values()) {
        for (const [id, task] of plan.tasks) {
          if (taskCoversUnit(task, unit, plan.record.issuer).lead)
            ids.push(id)
        }
      }
      this.ledByUnit.set(unit, ids)
    }
    return ids
  }
}
