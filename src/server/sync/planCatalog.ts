// The plans and the unit directory as the server holds them, parsed once per stored version:
// permission checks need a task's lead and owner units on every write, and pulls need the tasks
// a unit leads. With a directory, units are node ids and a plan's names resolve through its
// unit map and owner (shared/units/directory); a unit the directory does not know (a server
// with no directory yet) is compared by name as before.
import type { PlanRecord } from '../../shared/records/plan'
import type { PlanTask } from '../../shared/plan/types'
import type { Db } from '../db/schema'
import { planIdOfTask, taskIdOf } from '../../shared/plan/identity'
import { taskCoversUnit, type UnitCoverage } from '../../shared/units'
import { type Directory, indexDirectory, planOwnerOf, planUnitResolver, type TaskUnitNodes, taskUnitNodes } from '../../shared/units/directory'
import { directoryVersion, loadDirectoryNodes } from '../directory/store'

interface CachedPlan {
  version: number
  record: PlanRecord
  tasks: Map<string, PlanTask>
  /** Lead and owner nodes per task, worked out on first use for this directory version. */
  nodes?: Map<string, TaskUnitNodes>
}

export class PlanCatalog {
  private plans = new Map<string, CachedPlan>()
  private ledByUnit = new Map<string, string[]>()
  private coverage = new Map<string, UnitCoverage>()
  private loadedDirectory = -1
  private tree: Directory = indexDirectory([])

  /** Brings the cache up to the stored plans and directory; cheap when nothing changed. */
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
    const version = await directoryVersion(db)
    const treeChanged = version !== this.loadedDirectory
    if (treeChanged) {
      this.tree = indexDirectory(await loadDirectoryNodes(db))
      this.loadedDirectory = version
      for (const plan of this.plans.values())
        plan.nodes = undefined
    }
    if (stale.length || removed.length || treeChanged) {
      this.ledByUnit.clear()
      this.coverage.clear()
    }
  }

  private parse(version: number, record: PlanRecord): CachedPlan {
    const tasks = new Map(record.tasks.map(task => [taskIdOf(record.id, task), task]))
    return { version, record, tasks }
  }

  get directory(): Directory {
    return this.tree
  }

  /** Whether the unit is a node of the directory (then it is compared by id, else by name). */
  knows(unit: string): boolean {
    return this.tree.nodes.has(unit)
  }

  private nodesOf(plan: CachedPlan): Map<string, TaskUnitNodes> {
    if (!plan.nodes) {
      const resolve = planUnitResolver(this.tree, plan.record)
      plan.nodes = new Map([...plan.tasks].map(([id, task]) => [id, taskUnitNodes(task, resolve)]))
    }
    return plan.nodes
  }

  /** A task's lead and owner nodes, null if no such task. */
  taskNodes(taskId: string): TaskUnitNodes | null {
    const plan = this.plans.get(planIdOfTask(taskId))
    return plan ? this.nodesOf(plan).get(taskId) ?? null : null
  }

  /**
   * Whether the unit leads or owns the task (memoized); null if no such task. A unit of the
   * directory by its node id; otherwise by name, the plan's issuer deciding whom 各部门 means.
   */
  coverageOf(taskId: string, unit: string): UnitCoverage | null {
    const key = `${taskId}\u0000${unit}`
    let found = this.coverage.get(key)
    if (!found) {
      const plan = this.plans.get(planIdOfTask(taskId))
      const task = plan?.tasks.get(taskId)
      if (!plan || !task)
        return null
      if (this.knows(unit)) {
        const nodes = this.nodesOf(plan).get(taskId)!
        found = { lead: nodes.leads.has(unit), owner: nodes.owners.has(unit) }
      }
      else {
        found = taskCoversUnit(task, unit, plan.record.issuer)
      }
      this.coverage.set(key, found)
    }
    return found
  }

  records(): PlanRecord[] {
    return [...this.plans.values()].map(p => p.record)
  }

  /** The node a plan belongs to: its stored owner, else the node its issuer names; null if none. */
  ownerOf(planId: string): string | null {
    const plan = this.plans.get(planId)
    return plan ? planOwnerOf(this.tree, plan.record) : null
  }

  /** Ids of the plans whose owner is one of the nodes. */
  plansOwnedBy(nodeIds: ReadonlySet<string>): string[] {
    return [...this.plans.keys()].filter((id) => {
      const owner = this.ownerOf(id)
      return owner !== null && nodeIds.has(owner)
    })
  }

  /** Ids of the tasks the unit leads, directly or through a generic group such as 各部门. */
  tasksLedBy(unit: string): string[] {
    let ids = this.ledByUnit.get(unit)
    if (!ids) {
      ids = []
      for (const plan of this.plans.values()) {
        for (const [id] of plan.tasks) {
          if (this.coverageOf(id, unit)?.lead)
            ids.push(id)
        }
      }
      this.ledByUnit.set(unit, ids)
    }
    return ids
  }
}
