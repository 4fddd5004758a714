// Who may read what, driven by each entity's `access` entry in the shared registry, so a new
// entity gets enforcement by declaring it rather than by server code (writes: writeAccess.ts).
import type { PlanCatalog } from './planCatalog'
import { type EntityAccess, entities, restrictedAccess } from '../../shared/records'

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

export function namesIn(value: unknown): string[] {
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
