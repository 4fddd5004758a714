// Who may read what, driven by each entity's `access` entry in the shared registry, so a new
// entity gets enforcement by declaring it rather than by server code (writes: writeAccess.ts).
// With a unit directory the tree decides: staff read their unit's records, the tasks it leads
// and the plans that reach it; a coordinator reads the subtree of their organization and the
// plans it owns — nothing of another organization unless a plan maps a task to it. What an
// organization keeps for itself (FAQ, templates, questionnaires, feedback settings) is read by
// its members only, nested organizations apart, and written by its coordinators only.
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

/** Held by every user whose unit belongs to the organization (organizationOf): its own records. */
export const organizationKey = (organizationId: string) => `org:${organizationId}`

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
  // Who belongs to an organization is worked out at pull time from the tree, so the key stays
  // right through renames; moves and new organizations reset every device (directory/maintain.ts).
  if (access.read === 'organization')
    return [typeof data.owner === 'string' ? organizationKey(data.owner) : everyoneKey]
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

/** The organization the actor's unit belongs to, undefined when the directory does not know it. */
export function organizationIdOf(actor: Actor, catalog: PlanCatalog): string | undefined {
  return catalog.knows(actor.unit) ? organizationOf(catalog.directory, actor.unit)?.id : undefined
}

/** The reader keys a user holds, or null for one who reads everything (server without a directory). */
export function readerKeysOf(actor: Actor, catalog: PlanCatalog): string[] | null {
  const ledTasks = catalog.tasksLedBy(actor.unit).map(taskKey)
  const known = catalog.knows(actor.unit)
  const reach = known ? ancestorsOf(catalog.directory, actor.unit).map(node => reachKey(node.id)) : []
  const organization = organizationIdOf(actor, catalog)
  const own = organization ? [organizationKey(organization)] : []
  if (actor.role !== 'coordinator')
    return [everyoneKey, unitKey(actor.unit), ...own, ...reach, ...ledTasks]
  const scope = coordinatorScope(actor, catalog)
  if (!scope)
    return null
  return [...new Set([
    everyoneKey,
    ...own,
    ...reach,
    ...[...scope].flatMap(id => [unitKey(id), reachKey(id)]),
    ...catalog.plansOwnedBy(scope).map(planKey),
    ...ledTasks,
  ])]
}

/** The organizations whose reset markers concern this actor: their own node and their organization. */
export function resetNodesOf(actor: Actor, catalog: PlanCatalog): string[] {
  const org = organizationIdOf(actor, catalog)
  return org && org !== actor.unit ? [actor.unit, org] : [actor.unit]
}

/**
 * Why a coordinator may not write this organization's record: one with an owner belongs to that
 * organization's coordinators alone, before and after the write. Null on a server without a
 * directory, where owners name nothing the server can check.
 */
function organizationWriteRejection(actor: Actor, attempt: WriteAttempt, catalog: PlanCatalog): Rejection | null {
  if (!catalog.directory.nodes.size)
    return null
  const mine = organizationIdOf(actor, catalog)
  for (const record of [attempt.before, attempt.after]) {
    const owner = record?.owner
    if (typeof owner === 'string' && owner !== mine)
      return rejections.otherOrganization(actor.unit)
  }
  return null
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
  const access = accessOf(entity)
  if (access.read === 'organization' && actor.role === 'coordinator')
    return organizationWriteRejection(actor, attempt, catalog)
  const readerFields = access.readerFields ?? []
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
