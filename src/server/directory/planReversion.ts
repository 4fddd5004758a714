// When a plan is written, who leads its tasks may change (a re-import, a corrected unit map, a
// new owner). Readers who gain a task must receive its records on their next incremental pull,
// so those records get fresh versions in the same transaction; readers who lose one cannot be
// told by a pull (the records never changed), so their devices are told to start over.
import type { Transaction } from 'kysely'
import type { PlanRecord } from '../../shared/records/plan'
import type { Schema } from '../db/schema'
import type { WrittenRecord } from '../sync/entityRules'
import { taskIdOf } from '../../shared/plan/identity'
import { type Directory, indexDirectory, organizationOf, planOwnerOf, planUnitResolver, taskUnitNodes } from '../../shared/units/directory'
import { taskKey } from '../sync/access'
import { allocateVersions, chunks } from '../sync/recordStore'
import { everyNode, markAccessReset } from './resets'
import { loadDirectoryNodes } from './store'

/** Per task id: its lead nodes, or with no directory its lead names (compared as written). */
function leadsByTask(directory: Directory, plan: PlanRecord | null): Map<string, Set<string>> {
  const leads = new Map<string, Set<string>>()
  if (!plan)
    return leads
  const resolve = planUnitResolver(directory, plan)
  for (const task of plan.tasks) {
    const id = taskIdOf(plan.id, task)
    leads.set(id, directory.nodes.size
      ? taskUnitNodes(task, resolve).leads
      : new Set([...task.assignments, ...task.checklist].flatMap(group => group.leads)))
  }
  return leads
}

async function reversionTaskRecords(trx: Transaction<Schema>, taskIds: string[]): Promise<void> {
  const keys = new Map<string, { entity: string, id: string }>()
  for (const part of chunks(taskIds.map(taskKey))) {
    const rows = await trx.selectFrom('record_access').select(['entity', 'record_id'])
      .where('reader', 'in', part).where('visible', '=', 1).execute()
    rows.forEach(row => keys.set(`${row.entity}\u0000${row.record_id}`, { entity: row.entity, id: row.record_id }))
  }
  if (!keys.size)
    return
  let version = await allocateVersions(trx, keys.size)
  for (const { entity, id } of keys.values())
    await trx.updateTable('records').set({ version: version++ }).where('entity', '=', entity).where('id', '=', id).where('version', '>', 0).execute()
}

/** One plan as it was and as it is, each read against the directory of its moment. */
export interface PlanChange {
  before: { directory: Directory, plan: PlanRecord | null }
  after: { directory: Directory, plan: PlanRecord | null }
}

/**
 * Re-versions the records of tasks that gained lead units and marks the units that lost one
 * (and the old owner's organization when a plan changed hands) for a reset, in this transaction.
 */
export async function applyLeadChanges(trx: Transaction<Schema>, changes: PlanChange[]): Promise<void> {
  const gainedTasks = new Set<string>()
  const resetNodes = new Set<string>()
  for (const { before, after } of changes) {
    const [oldLeads, newLeads] = [leadsByTask(before.directory, before.plan), leadsByTask(after.directory, after.plan)]
    const named = after.directory.nodes.size > 0
    for (const taskId of new Set([...oldLeads.keys(), ...newLeads.keys()])) {
      const [was, is] = [oldLeads.get(taskId) ?? new Set<string>(), newLeads.get(taskId) ?? new Set<string>()]
      if ([...is].some(unit => !was.has(unit)))
        gainedTasks.add(taskId)
      // Without a directory, a name stands for units no one can list: every device starts over.
      for (const unit of was) {
        if (!is.has(unit))
          resetNodes.add(named ? unit : everyNode)
      }
    }
    const oldOwner = before.plan && planOwnerOf(before.directory, before.plan)
    const newOwner = after.plan && planOwnerOf(after.directory, after.plan)
    if (before.plan && oldOwner !== newOwner) {
      newLeads.forEach((_, taskId) => gainedTasks.add(taskId))
      const org = oldOwner ? organizationOf(before.directory, oldOwner)?.id : undefined
      resetNodes.add(org ?? everyNode)
    }
  }
  await reversionTaskRecords(trx, [...gainedTasks])
  await markAccessReset(trx, resetNodes)
}

export async function reversionAfterPlanWrite(trx: Transaction<Schema>, written: WrittenRecord[]): Promise<void> {
  if (!written.length)
    return
  const directory = indexDirectory(await loadDirectoryNodes(trx))
  const stored = await trx.selectFrom('records').select(['id', 'data', 'deleted'])
    .where('entity', '=', 'plan').where('id', 'in', written.map(w => w.id)).where('version', '>', 0).execute()
  const before = new Map(stored.map(row => [row.id, row.deleted ? null : JSON.parse(row.data) as PlanRecord]))
  await applyLeadChanges(trx, written.map(({ id, state }) => ({
    before: { directory, plan: before.get(id) ?? null },
    after: { directory, plan: state.deleted ? null : state.data as PlanRecord },
  })))
}

/** After a change of the tree (names, aliases, kinds, moves): every live plan read both ways. */
export async function reversionAfterDirectoryChange(trx: Transaction<Schema>, before: Directory, after: Directory): Promise<void> {
  const rows = await trx.selectFrom('records').select('data').where('entity', '=', 'plan').where('version', '>', 0).where('deleted', '=', 0).execute()
  const plans = rows.map(row => JSON.parse(row.data) as PlanRecord)
  await applyLeadChanges(trx, plans.map(plan => ({ before: { directory: before, plan }, after: { directory: after, plan } })))
}
