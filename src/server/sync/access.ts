// Read and write rules, driven by each entity's `access` entry in the shared registry, so a
// new entity gets enforcement by declaring it rather than by server code.
import type { PlanCatalog } from './planCatalog'
import { type EntityAccess, entities, restrictedAccess } from '../../shared/records'
import { type Rejection, rejections } from './reasons'

export interface Actor {
  id: string
  unit: string
  role: 'coordinator' | 'staff'
}

type RecordData = Record<string, unknown>

export function accessOf(entity: string): EntityAccess {
  return (entities as Record<string, { access?: EntityAccess }>)[entity]?.access ?? restrictedAccess
}

export const everyoneKey = 'all'
export const unitKey = (unit: string) => `unit:${unit}`
export const taskKey = (taskId: string) => `task:${taskId}`

function namesIn(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The reader keys a record grants: who may pull it besides coordinators. */
export function readersOf(entity: string, data: RecordData): string[] {
  const access = accessOf(entity)
  if (access.read === 'everyone')
    return [everyoneKey]
  const keys = new Set(namesIn(data.unit).map(unitKey))
  for (const field of access.readerFields ?? [])
    namesIn(data[field]).forEach(unit => keys.add(unitKey(unit)))
  if (access.taskField)
    namesIn(data[access.taskField]).forEach(id => keys.add(taskKey(id)))
  return [...keys]
}

/** The reader keys a user holds, or null for a coordinator, who reads everything. */
export function readerKeysOf(actor: Actor, catalog: PlanCatalog): string[] | null {
  if (actor.role === 'coordinator')
    return null
  return [everyoneKey, unitKey(actor.unit), ...catalog.tasksLedBy(actor.unit).map(taskKey)]
}

/**
 * Why this actor may not turn `before` into `after` (null before: a new record; null after:
 * a delete), or null when allowed.
 */
export function writeRejection(actor: Actor, entity: string, before: RecordData | null, after: RecordData | null, catalog: PlanCatalog): Rejection | null {
  if (actor.role === 'coordinator')
    return null
  const access = accessOf(entity)
  if (access.write === 'coordinators')
    return rejections.coordinatorsOnly()
  if (before && before.unit !== actor.unit)
    return rejections.otherUnit(actor.unit)
  if (after && after.unit !== actor.unit && !(access.handOver && before))
    return rejections.otherUnit(actor.unit)
  const subject = after ?? before
  if (access.taskField && subject) {
    for (const taskId of namesIn(subject[access.taskField])) {
      const covers = catalog.coverageOf(taskId, actor.unit)
      if (!covers)
        return rejections.taskNotFound(taskId)
      if (!covers.lead && !covers.owner)
        return rejections.taskNotCovered(actor.unit)
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
