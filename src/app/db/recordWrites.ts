// The generic record writes every repository is made of: a new record is validated whole and
// queued as a put; a change is validated as a patch (field groups that must travel together
// included, see shared/records/fieldRules.ts), applied to the stored row, validated again as
// a whole record and queued as a patch. Bad input throws before anything is written.
import type { z } from 'zod'
import type { Enqueue } from './outbox'
import { type EntityDefinition, entities } from '../../shared/records'
import { type AppDB, db } from './database'
import { transactWithOutbox } from './outbox'
import { type RecordEntity, type SyncedRows, tableOf } from './syncedTables'

export interface RecordIssue {
  path: string
  message: string
}

/** A record or patch that does not fit its schema; each issue names the field. */
export class InvalidRecordError extends Error {
  constructor(readonly entity: string, readonly issues: RecordIssue[]) {
    super(`${entity}: ${issues.map(issue => `${issue.path || '(record)'}: ${issue.message}`).join('; ')}`)
    this.name = 'InvalidRecordError'
  }
}

/** A change to a record this device does not hold (deleted meanwhile, or never pulled). */
export class MissingRecordError extends Error {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} is not on this device`)
    this.name = 'MissingRecordError'
  }
}

function validated<T>(entity: string, schema: z.ZodType<Record<string, unknown>>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new InvalidRecordError(entity, parsed.error.issues.map(issue => ({ path: issue.path.map(String).join('.'), message: issue.message })))
  return parsed.data as T
}

const definitionOf = (entity: RecordEntity): EntityDefinition => entities[entity]

/** Inside transactWithOutbox: stores a new record whole and queues it as a put. */
export async function stageCreate<E extends RecordEntity>(enqueue: Enqueue, entity: E, record: SyncedRows[E], database: AppDB = db): Promise<SyncedRows[E]> {
  const valid = validated<SyncedRows[E]>(entity, definitionOf(entity).record, record)
  await tableOf(database, entity).put(valid)
  await enqueue(entity, valid.id, 'put', valid as unknown as Record<string, unknown>)
  return valid
}

/**
 * Inside transactWithOutbox: applies a change to a stored record and queues it as a patch.
 * Entities with defaults (settings, progress) may be created by their first patch, as on the server.
 */
export async function stagePatch<E extends RecordEntity>(enqueue: Enqueue, entity: E, id: string, change: Partial<SyncedRows[E]>, database: AppDB = db): Promise<SyncedRows[E]> {
  const definition = definitionOf(entity)
  if (!definition.patch)
    throw new Error(`${entity} records are appended whole and never changed`)
  const patch = validated<Record<string, unknown>>(entity, definition.patch, change)
  const table = tableOf(database, entity)
  const before = await table.get(id)
  if (!before && !Object.keys(definition.defaults).length)
    throw new MissingRecordError(entity, id)
  const after = validated<SyncedRows[E]>(entity, definition.record, { ...definition.defaults, ...before, ...patch, id })
  await table.put(after)
  await enqueue(entity, id, 'patch', patch)
  return after
}

/** Inside transactWithOutbox: removes a record made by mistake, everywhere once synced. */
export async function stageDelete(enqueue: Enqueue, entity: RecordEntity, id: string, database: AppDB = db): Promise<void> {
  await tableOf(database, entity).delete(id)
  await enqueue(entity, id, 'delete', {})
}

/** A new record and its outbox entry in one transaction. */
export function createRecord<E extends RecordEntity>(entity: E, record: SyncedRows[E], database: AppDB = db): Promise<SyncedRows[E]> {
  return transactWithOutbox([tableOf(database, entity)], enqueue => stageCreate(enqueue, entity, record, database))
}

/** A change to one record and its outbox entry in one transaction; returns the record as now stored. */
export function changeRecord<E extends RecordEntity>(entity: E, id: string, change: Partial<SyncedRows[E]>, database: AppDB = db): Promise<SyncedRows[E]> {
  return transactWithOutbox([tableOf(database, entity)], enqueue => stagePatch(enqueue, entity, id, change, database))
}

export function deleteRecord(entity: RecordEntity, id: string, database: AppDB = db): Promise<void> {
  return transactWithOutbox([tableOf(database, entity)], enqueue => stageDelete(enqueue, entity, id, database))
}
