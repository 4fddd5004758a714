// Whether an actor may make a write, from the entity's `access` entry: their own unit's
// records, the tasks their unit leads or owns, and the fields delegated to a unit a record
// was handed to.
import type { FieldDelegation } from '../../shared/records'
import type { PlanCatalog } from './planCatalog'
import { accessOf, type Actor, namesIn, type RecordData, treeWriteRejection } from './access'
import { type Rejection, rejections } from './reasons'

export interface WriteAttempt {
  op: 'put' | 'patch' | 'delete'
  /** The live stored record, null for a new one. */
  before: RecordData | null
  /** The record after the write, null for a delete. */
  after: RecordData | null
  /** The fields the mutation carries. */
  fields: readonly string[]
}

/** A stored record (live or deleted) by entity and id, as the batch has it so far; null if none. */
export type RecordLookup = (entity: string, id: string) => RecordData | null

/**
 * Why a record may not hang on the parent it names: the parent must exist and have the record's
 * unit, for coordinators too, so an event's page and report only ever count its own unit's
 * records. The reason never names the parent's unit: that would tell a stranger who runs it.
 */
export function parentRejection(entity: string, after: RecordData | null, lookup: RecordLookup): Rejection | null {
  const parent = accessOf(entity).parent
  const parentId = parent && after?.[parent.field]
  if (!parent || typeof parentId !== 'string')
    return null
  const found = lookup(parent.entity, parentId)
  if (!found)
    return rejections.parentNotFound(parent.field, parentId)
  return found.unit === after?.unit ? null : rejections.parentOfOtherUnit(parent.field)
}

/** The delegation naming the actor's unit in the stored record, if any. */
function delegationFor(actor: Actor, delegates: readonly FieldDelegation[], before: RecordData): FieldDelegation | undefined {
  return delegates.find(d => namesIn(before[d.unitField]).includes(actor.unit))
}

function delegateRejection(actor: Actor, attempt: WriteAttempt, delegates: readonly FieldDelegation[]): Rejection | null | undefined {
  const delegation = attempt.before && delegationFor(actor, delegates, attempt.before)
  if (!delegation)
    return undefined
  if (attempt.op !== 'patch')
    return rejections.delegateOnlyPatches(actor.unit)
  const outside = attempt.fields.filter(field => !delegation.fields.includes(field))
  return outside.length ? rejections.delegateFields(actor.unit, delegation.fields, outside) : null
}

/** Why this actor may not make this write, or null when allowed. */
export function writeRejection(actor: Actor, entity: string, attempt: WriteAttempt, catalog: PlanCatalog): Rejection | null {
  // With a unit directory, nobody writes outside their part of the tree (access.ts).
  const outsideTree = treeWriteRejection(actor, entity, attempt, catalog)
  if (outsideTree || actor.role === 'coordinator')
    return outsideTree
  const access = accessOf(entity)
  const { before, after } = attempt
  if (access.write === 'coordinators')
    return rejections.coordinatorsOnly()
  if (before && before.unit !== actor.unit) {
    const delegated = delegateRejection(actor, attempt, access.delegates ?? [])
    return delegated === undefined ? rejections.otherUnit(actor.unit) : delegated
  }
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
