// What one mutation does to one record: validated against the entity's schemas, checked
// against the actor's rights, merged field by field. Pure, so the push can run it in memory.
import type { z } from 'zod'
import type { Mutation } from '../../shared/sync/protocol'
import type { Actor } from './access'
import type { PlanCatalog } from './planCatalog'
import { type EntityDefinition, entities } from '../../shared/records'
import { type LostValue, mergeMutation, type Stamp, type StampedRecord } from '../../shared/sync/merge'
import { issuesOf } from '../errors'
import { rulesOf } from './entityRules'
import { type Rejection, rejections } from './reasons'
import { parentRejection, type RecordLookup, writeRejection } from './writeAccess'
import { archiveRejection } from './archive'
import { withClaimedOwner } from './organizationClaim'

export type Decision
  = | { status: 'rejected', rejection: Rejection, lost: LostValue[] }
    | {
      status: 'applied' | 'superseded'
      /** The record to store when `changed`. */
      next: StampedRecord | null
      changed: boolean
      lost: LostValue[]
      lostFields: string[]
    }

const nothingToDo: Decision = { status: 'applied', next: null, changed: false, lost: [], lostFields: [] }

function invalid(error: z.ZodError, index: number): Decision {
  return { status: 'rejected', rejection: rejections.invalid(issuesOf(error, ['mutations', index, 'data'])), lost: [] }
}

function rejected(rejection: Rejection, lost: LostValue[] = []): Decision {
  return { status: 'rejected', rejection, lost }
}

type Parsed = { ok: true, data: Record<string, unknown> } | { ok: false, decision: Decision }

function parsePayload(definition: EntityDefinition, mutation: Mutation, index: number): Parsed {
  const schema = mutation.op === 'put' ? definition.record : definition.patch
  if (!schema)
    return { ok: false, decision: rejected(rejections.patchNotAllowed()) }
  const parsed = schema.safeParse(mutation.data)
  if (!parsed.success)
    return { ok: false, decision: invalid(parsed.error, index) }
  if (mutation.op === 'put' && parsed.data.id !== mutation.id)
    return { ok: false, decision: rejected(rejections.idMismatch()) }
  return { ok: true, data: parsed.data }
}

/**
 * `start`: what a patch creating the record starts from instead of the entity's defaults (an
 * organization's first edit of a built-in record starts from the shared one, organizationClaim.ts).
 */
export function decideMutation(mutation: Mutation, index: number, current: StampedRecord | null, stamp: Stamp, actor: Actor, catalog: PlanCatalog, lookup: RecordLookup, start?: StampedRecord): Decision {
  const definition: EntityDefinition = entities[mutation.entity]
  const live = current && !current.deleted ? current : null
  if (mutation.op === 'delete') {
    if (!live)
      return nothingToDo
    const rejection = writeRejection(actor, mutation.entity, { op: 'delete', before: live.data, after: null, fields: [] }, catalog) ?? archiveRejection(actor, mutation.entity, live.data, catalog)
    if (rejection)
      return rejected(rejection)
    return { status: 'applied', next: mergeMutation(live, 'delete', {}, stamp).next, changed: true, lost: [], lostFields: [] }
  }

  const parsed = parsePayload(definition, mutation, index)
  if (!parsed.ok)
    return parsed.decision
  // A record made by a phone that did not know its organization yet becomes the writer's organization's.
  const payload = withClaimedOwner(parsed.data, !current, actor, mutation.entity, catalog)
  if (current?.deleted) {
    // Kept in history only for someone who could have written it, not for anyone who names the id.
    const forbidden = writeRejection(actor, mutation.entity, { op: mutation.op, before: current.data, after: current.data, fields: Object.keys(payload) }, catalog)
    return forbidden ? rejected(forbidden) : rejected(rejections.deleted(), Object.entries(payload).map(([field, value]) => ({ field, value, stamp })))
  }

  // Defaults carry no stamp, so any writer's value beats them whatever its time.
  const base = current ?? (mutation.op === 'patch' ? start ?? { data: { ...definition.defaults, id: mutation.id }, stamps: {}, deleted: false } : null)
  const merge = mergeMutation(base, mutation.op, payload, stamp)
  const checked = definition.record.safeParse(merge.next.data)
  if (!checked.success)
    return invalid(checked.error, index)
  const expectedId = definition.idOf?.(merge.next.data)
  if (expectedId !== undefined && expectedId !== mutation.id)
    return rejected(rejections.derivedIdMismatch(expectedId))
  const before = live?.data ?? null
  const rejection = writeRejection(actor, mutation.entity, { op: mutation.op, before, after: merge.next.data, fields: Object.keys(payload) }, catalog)
    ?? parentRejection(mutation.entity, merge.next.data, lookup)
    ?? rulesOf(mutation.entity).writeRejection?.(actor, before, payload, index)
    ?? archiveRejection(actor, mutation.entity, merge.next.data, catalog)
  if (rejection)
    return rejected(rejection)
  return {
    status: merge.status,
    next: merge.next,
    changed: merge.applied.length > 0,
    lost: merge.lost,
    lostFields: merge.lost.filter(l => l.stamp === stamp).map(l => l.field),
  }
}
