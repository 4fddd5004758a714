// A past year's plan is archived (src/shared/plan/rollup/archive.ts): staff may no longer record
// progress or evidence on its tasks, whatever an old or offline phone sends, until a coordinator
// reopens it. Coordinators may still correct an archived year's record.
import type { Actor, RecordData } from './access'
import type { PlanCatalog } from './planCatalog'
import type { Rejection } from './reasons'
import { shanghaiYear } from '../../shared/calendar'
import { planIdOfTask } from '../../shared/plan/identity'
import { isArchived } from '../../shared/plan/rollup/archive'

/** The entities that record work on a plan's tasks, by the field naming the task. */
const taskRecords: Record<string, string> = { progress: 'taskId', evidence: 'taskId' }

export function archivedPlanRejection(year: number): Rejection {
  return { code: 'forbidden', reason: `${year}年的工作要点已归档，不能再填报或修改；如需补录，请协调员先重新开放该年度` }
}

/** Why this write touches an archived plan, or null. `record` is the record after the write (before it, for a delete). */
export function archiveRejection(actor: Actor, entity: string, record: RecordData | null, catalog: PlanCatalog, now: number = Date.now()): Rejection | null {
  const taskField = taskRecords[entity]
  if (actor.role === 'coordinator' || !taskField || !record || typeof record[taskField] !== 'string')
    return null
  const planId = planIdOfTask(record[taskField] as string)
  const plan = catalog.records().find(candidate => candidate.id === planId)
  return plan && isArchived(plan, shanghaiYear(now)) ? archivedPlanRejection(plan.year) : null
}
