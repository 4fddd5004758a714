// Who may read what, driven by each entity's `access` entry in the shared registry, so a new
// entity gets enforcement by declaring it rather than by server code (writes: writeAccess.ts).
// With a unit directory the tree decides: staff read their unit's records, the tasks it leads
// and the plans that reach it; a coordinator reads the subtree of their organization and the
// plans it owns — nothing of another organization unless a plan maps a task to it.
import type { PlanCatalog } from './planCatalog'
import type { WriteAttempt } from './writeAccess'
import { planIdOfTask } from '../../shared/plan/identity'
import { type EntityAccess, entities, restrictedAccess } from '../../shared/records'
import { ancestorsOf, organizationOf, rootOf, subtreeIds } from '../../shared/units/directory'
import { type Rejection, rejections } from './reasons'

export interface Actor {
  id: string
  unit: string
  role: 'coordinator' | 'staff'
}

export type RecordData = Record<string, unknown>

export function accessOf(entity: string): EntityAccess {
  return (entities as Record<string, { access?: EntityAccess }>)[entity]?.access ?? restrictedAccess
}

export const everyoneKey = 'all'
export const unitKey = (unit: string) => `unit:${unit}`
export const taskKey = (taskId: string) => `task:${taskId}`
/** Held by the coordinators of the organization owning the plan: its tasks' records. */
export const planKey = (planId: string) => `plan:${planId}`
/** Held by every node at or below the given one: a plan issued by it reaches them. */
export const reachKey = (nodeId: string) => `reach:${nodeId}`

/** The server itself (bundled plans): not bound by any organization. */
export const serverActorId = 'server'

export function namesIn(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** A plan with an owner reaches its owner's tree and the units its map names; one without, everyone. */
function planReaders(data: RecordData): string[] | null {
  if (typeof data.owner !== 'string')
    return null
  const mapped = data.unitMap && typeof data.unitMap === 'object' ? Object.values(data.unitMap as Record<string, unknown>) : []
  return [...new Set([reachKey(data.owner), ...namesIn(mapped).map(unitKey)])]
}

/** The reader keys a record grants: who may pull it. */
export function readersOf(entity: string, data: RecordData): string[] {
  const access = accessOf(entity)
  const plan = entity === 'plan' ? planReaders(data) : null
  if (plan)
    return plan
  if (access.read === 'everyone')
    return [everyoneKey]
  const keys = new Set(namesIn(data.unit).map(unitKey))
  for (const field of access.readerFields ?? [])
    namesIn(data[field]).forEach(unit => keys.add(unitKey(unit)))
  if (access.taskField) {
    for (const id of namesIn(data[access.taskField])) {
      keys.add(taskKey(id))
      keys.add(planKey(planIdOfTask(id)))
    }
  }
  return [...keys]
}

/**
 * The nodes a coordinator acts for: the subtree of their organization (区政府办公室 → all of
 * 青浦区人民政府). Null on a server without a directory, where a coordinator acts for everyone.
 */
export function coordinatorScope(actor: Actor, catalog: PlanCatalog): Set<string> | null {
  const directory = catalog.directory
  if (!catalog.knows(actor.unit))
    return directory.nodes.size === 0 ? null : new Set([actor.unit])
  const org = organizationOf(directory, actor.unit)!
  return new Set(subtreeIds(directory, org.id))
}

/** The reader keys a user holds, or null for one who reads everything (server without a directory). */
export function readerKeysOf(actor: Actor, catalog: PlanCatalog): string[] | null {
  const ledTasks = catalog.tasksLedBy(actor.unit).map(taskKey)
  const known = catalog.knows(actor.unit)
  const reach = known ? ancestorsOf(catalog.directory, actor.unit).map(node => reachKey(node.id)) : []
  if (actor.role !== 'coordinator')
    return [everyoneKey, unitKey(actor.unit), ...reach, ...ledTasks]
  const scope = coordinatorScope(actor, catalog)
  if (!scope)
    return null
  return [...new Set([
    everyoneKey,
    ...reach,
    ...[...scope].flatMap(id => [unitKey(id), reachKey(id)]),
    ...catalog.plansOwnedBy(scope).map(planKey),
    ...ledTasks,
  ])]
}

/** The organizations whose reset markers concern this actor: their own node and their organization. */
export function resetNodesOf(actor: Actor, catalog: PlanCatalog): string[] {
  const org = catalog.knows(actor.unit) ? organizationOf(catalog.directory, actor.unit)?.id : undefined
  return org && org !== actor.unit ? [actor.unit, org] : [actor.unit]
}

/**
 * Why this write would reach outside the writer's part of the tree, or null. A coordinator: every
 * unit the record names before and after (its unit, the units it is referred to, a plan's owner)
 * must lie in their organization's subtree. Staff: the units a record is handed or referred to
 * must lie in their own tree (a district unit cannot refer feedback to the city bureau).
 */
export function treeWriteRejection(actor: Actor, entity: string, attempt: WriteAttempt, catalog: PlanCatalog): Rejection | null {
  if (actor.id === serverActorId)
    return null
  const readerFields = accessOf(entity).readerFields ?? []
  let scope: Set<string> | null
  let fields: string[]
  if (actor.role === 'coordinator') {
    scope = coordinatorScope(actor, catalog)
    fields = ['unit', ...readerFields, ...(entity === 'plan' ? ['owner'] : [])]
  }
  else {
    const root = catalog.knows(actor.unit) ? rootOf(catalog.directory, actor.unit) : undefined
    scope = root ? new Set(subtreeIds(catalog.directory, root.id)) : null
    fields = readerFields
  }
  if (!scope || !fields.length)
    return null
  for (const record of [attempt.before, attempt.after]) {
    for (const field of fields) {
      if (namesIn(record?.[field]).some(unit => !scope.has(unit)))
        return rejections.otherUnit(actor.unit)
    }
  }
  return null
}

/** Photo hashes a record refers to, wherever in its data they sit. */
export function photoHashesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach(v => photoHashesIn(v, found))
  }
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sha256' && typeof v === 'string' && /^[0-9a-f]{64}$/.test(v))
        found.add(v)
      else
        photoHashesIn(v, found)
    }
  }
  return found
}
