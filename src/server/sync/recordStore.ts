// The SQL of a write: lock what a batch touches, keep who may read it, and publish the new
// states under versions taken from one counter row at the very end of the transaction.
import type { ExpressionBuilder, Transaction } from 'kysely'
import type { StampedRecord } from '../../shared/sync/merge'
import type { Schema } from '../db/schema'

export interface RecordKey {
  entity: string
  id: string
}

export const keyOf = (entity: string, id: string) => `${entity}\u0000${id}`

function byEntity(keys: RecordKey[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const { entity, id } of keys) {
    const ids = groups.get(entity)
    if (ids)
      ids.push(id)
    else
      groups.set(entity, [id])
  }
  return groups
}

function recordsMatching(keys: RecordKey[]) {
  return (eb: ExpressionBuilder<Schema, 'records'>) =>
    eb.or([...byEntity(keys)].map(([entity, ids]) => eb.and([eb('entity', '=', entity), eb('id', 'in', ids)])))
}

function accessMatching(keys: RecordKey[]) {
  return (eb: ExpressionBuilder<Schema, 'record_access'>) =>
    eb.or([...byEntity(keys)].map(([entity, ids]) => eb.and([eb('entity', '=', entity), eb('record_id', 'in', ids)])))
}

export function chunks<T>(items: T[], size = 400): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size))
  return out
}

/**
 * Locks every record the batch touches until commit, inserting a version-0 placeholder for new
 * ones so that two batches creating the same record also wait for each other. Keys go in a fixed
 * order so concurrent batches cannot deadlock. Returns the current state, null if none.
 */
export async function lockRecords(trx: Transaction<Schema>, keys: RecordKey[], now: number): Promise<Map<string, StampedRecord | null>> {
  const sorted = [...keys].sort((a, b) => a.entity === b.entity ? (a.id < b.id ? -1 : 1) : (a.entity < b.entity ? -1 : 1))
  const states = new Map<string, StampedRecord | null>()
  for (const part of chunks(sorted)) {
    const rows = await trx.insertInto('records')
      .values(part.map(k => ({ entity: k.entity, id: k.id, version: 0, deleted: 0, data: '{}', stamps: '{}', updated_at: now })))
      .onConflict(oc => oc.columns(['entity', 'id']).doUpdateSet(eb => ({ version: eb.ref('records.version') })))
      .returning(['entity', 'id', 'version', 'deleted', 'data', 'stamps'])
      .execute()
    for (const row of rows) {
      states.set(keyOf(row.entity, row.id), row.version === 0
        ? null
        : { data: JSON.parse(row.data), stamps: JSON.parse(row.stamps), deleted: row.deleted === 1 })
    }
  }
  return states
}

/** Reads records without locking them (deleted ones included); for checks against records a batch does not write. */
export async function readRecords(trx: Transaction<Schema>, keys: RecordKey[]): Promise<Map<string, StampedRecord>> {
  const found = new Map<string, StampedRecord>()
  for (const part of chunks(keys)) {
    const rows = await trx.selectFrom('records').select(['entity', 'id', 'deleted', 'data', 'stamps'])
      .where('version', '>', 0).where(recordsMatching(part)).execute()
    for (const row of rows)
      found.set(keyOf(row.entity, row.id), { data: JSON.parse(row.data), stamps: JSON.parse(row.stamps), deleted: row.deleted === 1 })
  }
  return found
}

/** Removes the placeholders of records the batch did not end up writing. */
export async function dropPlaceholders(trx: Transaction<Schema>, keys: RecordKey[]): Promise<void> {
  for (const part of chunks(keys))
    await trx.deleteFrom('records').where('version', '=', 0).where(recordsMatching(part)).execute()
}

/**
 * Takes `count` versions from the counter. The row stays locked until commit, so a transaction
 * that takes versions later also commits later: version order is commit order, and a reader
 * that has seen version v has seen everything below it.
 */
export async function allocateVersions(trx: Transaction<Schema>, count: number): Promise<number> {
  const row = await trx.updateTable('counters')
    .set(eb => ({ value: eb('value', '+', count) }))
    .where('name', '=', 'version')
    .returning('value')
    .executeTakeFirstOrThrow()
  return row.value - count + 1
}

export interface RecordWrite extends RecordKey {
  state: StampedRecord
  version: number
}

export async function writeRecords(trx: Transaction<Schema>, writes: RecordWrite[], now: number): Promise<void> {
  for (const part of chunks(writes, 200)) {
    await trx.insertInto('records')
      .values(part.map(w => ({
        entity: w.entity,
        id: w.id,
        version: w.version,
        deleted: w.state.deleted ? 1 : 0,
        data: JSON.stringify(w.state.data),
        stamps: JSON.stringify(w.state.stamps),
        updated_at: now,
      })))
      .onConflict(oc => oc.columns(['entity', 'id']).doUpdateSet(eb => ({
        version: eb.ref('excluded.version'),
        deleted: eb.ref('excluded.deleted'),
        data: eb.ref('excluded.data'),
        stamps: eb.ref('excluded.stamps'),
        updated_at: eb.ref('excluded.updated_at'),
      })))
      .execute()
  }
}

export interface AccessChange extends RecordKey {
  readers: string[]
}

/**
 * Grants the readers a record now has and withdraws the ones it lost. Withdrawn readers keep
 * their row (visible = 0): that is what tells a pull to send them a tombstone.
 */
export async function updateAccess(trx: Transaction<Schema>, changes: AccessChange[]): Promise<void> {
  const existing = new Map<string, Map<string, number>>()
  for (const part of chunks(changes)) {
    const rows = await trx.selectFrom('record_access').select(['entity', 'record_id', 'reader', 'visible'])
      .where(accessMatching(part)).execute()
    for (const row of rows) {
      const key = keyOf(row.entity, row.record_id)
      existing.set(key, (existing.get(key) ?? new Map()).set(row.reader, row.visible))
    }
  }
  const upserts: Schema['record_access'][] = []
  for (const { entity, id, readers } of changes) {
    const had = existing.get(keyOf(entity, id)) ?? new Map<string, number>()
    const wanted = new Set(readers)
    for (const reader of wanted) {
      if (had.get(reader) !== 1)
        upserts.push({ entity, record_id: id, reader, visible: 1 })
    }
    for (const [reader, visible] of had) {
      if (visible === 1 && !wanted.has(reader))
        upserts.push({ entity, record_id: id, reader, visible: 0 })
    }
  }
  for (const part of chunks(upserts)) {
    await trx.insertInto('record_access').values(part)
      .onConflict(oc => oc.columns(['entity', 'record_id', 'reader']).doUpdateSet(eb => ({ visible: eb.ref('excluded.visible') })))
      .execute()
  }
}
