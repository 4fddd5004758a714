// Applies mutations inside a caller's transaction: every touched record is locked and read
// once, the mutations run in order in memory, and the results are written in a few statements.
import type { Transaction } from 'kysely'
import type { LostValue, Stamp, StampedRecord } from '../../shared/sync/merge'
import type { Mutation, MutationResult } from '../../shared/sync/protocol'
import type { Schema } from '../db/schema'
import type { PlanCatalog } from './planCatalog'
import { uuidv7 } from '../../shared/ids'
import { photosSeenBy } from '../photos/access'
import { type Actor, accessOf, photoHashesIn, readersOf } from './access'
import { decideMutation } from './decide'
import { keptByOrganization, sharedSourceKeys, sharedStart, toOrganizationsCopy } from './organizationClaim'
import { rulesOf } from './entityRules'
import { allocateVersions, chunks, dropPlaceholders, keyOf, lockRecords, readRecords, type RecordKey, updateAccess, writeRecords } from './recordStore'
import type { RecordLookup } from './writeAccess'

export interface StampedMutation {
  /** Position in the request, for error paths. */
  index: number
  mutation: Mutation
  stamp: Stamp
}

export interface WriteHooks {
  /** Runs after everything but the versioned records is written, before versions are taken. */
  beforeVersions?: () => Promise<void>
  /** Runs after versions are taken and records written, before commit. */
  afterVersions?: () => Promise<void>
}

export interface Staged {
  results: Map<number, MutationResult>
  /** Publishes the new record states under fresh versions; call last in the transaction. */
  publish: (hooks?: WriteHooks) => Promise<void>
}

function historyRows(idPrefix: string, entity: string, recordId: string, lost: LostValue[], actor: Actor | null, now: number): Schema['record_history'][] {
  return lost.map((l, i) => ({
    // One random id per batch and a counter: a fresh UUID per row cost more than the insert.
    id: `${idPrefix}.${i}`,
    entity,
    record_id: recordId,
    field: l.field,
    value: JSON.stringify(l.value ?? null),
    stamp_t: l.stamp.t,
    stamp_c: l.stamp.c,
    recorded_at: now,
    user_id: actor?.id ?? null,
  }))
}

/** Lost values worth keeping: an entity may forbid some, such as erased contact details. */
function keptLosses(entity: string, lost: LostValue[], record: Record<string, unknown> | undefined): LostValue[] {
  const unkept = record && lost.length ? rulesOf(entity).unkeptHistory?.(record) : undefined
  return unkept?.length ? lost.filter(l => !unkept.includes(l.field)) : lost
}

/** Parents (an event of a check-in) the batch names but does not itself touch. */
function parentKeys(batch: StampedMutation[], states: Map<string, StampedRecord | null>, touched: Map<string, RecordKey>): RecordKey[] {
  const wanted = new Map<string, RecordKey>()
  for (const { mutation: m } of batch) {
    const parent = accessOf(m.entity).parent
    if (!parent)
      continue
    for (const id of [m.data[parent.field], states.get(keyOf(m.entity, m.id))?.data[parent.field]]) {
      if (typeof id === 'string' && !touched.has(keyOf(parent.entity, id)))
        wanted.set(keyOf(parent.entity, id), { entity: parent.entity, id })
    }
  }
  return [...wanted.values()]
}

export async function stageMutations(trx: Transaction<Schema>, catalog: PlanCatalog, actor: Actor, sent: StampedMutation[], now: number): Promise<Staged> {
  // Which record a write of a built-in shared id lands in depends on the writer's organization.
  if (sent.some(({ mutation }) => keptByOrganization(mutation.entity)))
    await catalog.refresh(trx)
  const batch = sent.map(entry => ({ ...entry, mutation: toOrganizationsCopy(entry.mutation, actor, catalog) }))
  const keys = new Map<string, RecordKey>()
  for (const { mutation: m } of batch)
    keys.set(keyOf(m.entity, m.id), { entity: m.entity, id: m.id })
  const states = batch.length ? await lockRecords(trx, [...keys.values()], now) : new Map<string, StampedRecord | null>()
  const parents = await readRecords(trx, [...parentKeys(batch, states, keys), ...sharedSourceKeys(batch.map(b => b.mutation), actor, catalog)])
  // The batch's own states first: an event created earlier in the same push counts.
  const lookup: RecordLookup = (entity, id) => {
    const key = keyOf(entity, id)
    return (keys.has(key) ? states.get(key) : parents.get(key))?.data ?? null
  }
  await catalog.refresh(trx)

  const results = new Map<number, MutationResult>()
  const dirty = new Set<string>()
  const history: Schema['record_history'][] = []
  const batchId = uuidv7(now)
  for (const { index, mutation: m, stamp } of batch) {
    const key = keyOf(m.entity, m.id)
    const decision = decideMutation(m, index, states.get(key) ?? null, stamp, actor, catalog, lookup, sharedStart(m, actor, catalog, parents))
    const after = decision.status !== 'rejected' && decision.changed ? decision.next : states.get(key)
    history.push(...historyRows(`${batchId}.${index}`, m.entity, m.id, keptLosses(m.entity, decision.lost, after?.data), actor, now))
    if (decision.status === 'rejected') {
      const { code, reason, issues } = decision.rejection
      results.set(index, { seq: m.seq, status: 'rejected', code, reason, ...(issues ? { issues } : {}) })
      continue
    }
    if (decision.changed && decision.next) {
      states.set(key, decision.next)
      dirty.add(key)
    }
    results.set(index, { seq: m.seq, status: decision.status, ...(decision.lostFields.length ? { lostFields: decision.lostFields } : {}) })
  }

  const written = [...dirty].map(key => ({ ...keys.get(key)!, state: states.get(key)! }))
  await dropPlaceholders(trx, [...keys].filter(([key]) => !dirty.has(key) && states.get(key) === null).map(([, k]) => k))
  for (const part of chunks(history, 200))
    await trx.insertInto('record_history').values(part).execute()
  await updateAccess(trx, written.map(w => ({ entity: w.entity, id: w.id, readers: readersOf(w.entity, w.state.data) })))
  for (const entity of new Set(written.map(w => w.entity)))
    await rulesOf(entity).afterWrite?.(trx, written.filter(w => w.entity === entity), now)
  const cited = written.flatMap(w => [...photoHashesIn(w.state.data)].map(sha256 => ({ sha256, entity: w.entity, record_id: w.id })))
  const seen = cited.length ? await photosSeenBy(trx, catalog, actor, cited.map(c => c.sha256)) : new Set<string>()
  const refs = cited.map(c => ({ ...c, cited_by: actor.id, proven: seen.has(c.sha256) ? 1 : 0 }))
  for (const part of chunks(refs))
    await trx.insertInto('photo_refs').values(part).onConflict(oc => oc.doNothing()).execute()

  return {
    results,
    async publish(hooks = {}) {
      await hooks.beforeVersions?.()
      if (written.length) {
        const first = await allocateVersions(trx, written.length)
        await writeRecords(trx, written.map((w, i) => ({ ...w, version: first + i })), now)
      }
      await hooks.afterVersions?.()
    },
  }
}
