// The generic record writes every repository is made of: a new record is validated whole and
// queued as a put; a change is validated as a patch (field groups that must travel together
// included, see shared/records/fieldRules.ts), applied to the stored row, validated again as
// a whole record and queued as a patch. Bad input throws before anything is written.
//
// The schemas (zod and every record kind, a quarter of a later screen's download) load on the
// first write, not with the screens that only read: transactRecords awaits them before it opens
// the transaction, since awaiting a download inside one would let IndexedDB commit it early.
import type { z } from 'zod'
import type { Table } from 'dexie'
import type { Enqueue } from './outbox'
import type { EntityDefinition, entities } from '../../shared/records'
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

type Definitions = Record<keyof typeof entities, EntityDefinition>

let definitionsLoading: Promise<Definitions> | null = null

function loadDefinitions(): Promise<Definitions> {
  definitionsLoading ??= import('../../shared/records').then((module) => {
    // A User Timing mark (as utils/perfMarks.ts sets): the moment writes no longer need the network.
    globalThis.performance?.mark('kf:record-checks-loaded')
    return module.entities as Definitions
  }, (error: unknown) => {
    // Tried again on the next write: a failed fetch must not refuse every write of the session.
    definitionsLoading = null
    throw error
  })
  return definitionsLoading
}

/**
 * Fetches the schemas ahead of the first write, without waiting: a screen that records opens with
 * signal more often than it saves with it (a basement, an open day's crowd), and before the service
 * worker has taken the page over, a write offline could not fetch them.
 */
export function prepareRecordWrites(): void {
  loadDefinitions().catch(() => {
    // Tried again by the write itself.
  })
}

function validated<T>(entity: string, schema: z.ZodType<Record<string, unknown>>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new InvalidRecordError(entity, parsed.error.issues.map(issue => ({ path: issue.path.map(String).join('.'), message: issue.message })))
  return parsed.data as T
}

/**
 * A new record validated whole, as `create` validates it, for a write that stores and queues it
 * itself in one transaction past Dexie (nativeOutboxWrite.ts).
 */
export async function validatedRecord<E extends RecordEntity>(entity: E, record: SyncedRows[E]): Promise<SyncedRows[E]> {
  const definitions = await loadDefinitions()
  return validated<SyncedRows[E]>(entity, definitions[entity].record, record)
}

/** The validated writes of one transaction, each queued in the outbox with it. */
export interface RecordStage {
  /** Stores a new record whole and queues it as a put. */
  create: <E extends RecordEntity>(entity: E, record: SyncedRows[E]) => Promise<SyncedRows[E]>
  /**
   * Applies a change to a stored record and queues it as a patch; returns the record as now stored.
   * Entities with defaults (settings, progress) may be created by their first patch, as on the server.
   */
  patch: <E extends RecordEntity>(entity: E, id: string, change: Partial<SyncedRows[E]>) => Promise<SyncedRows[E]>
  /** Removes a record made by mistake, everywhere once synced. */
  delete: (entity: RecordEntity, id: string) => Promise<void>
  /** The same writes, queued through `enqueue` (one that notes what it queued, say). */
  through: (enqueue: Enqueue) => RecordStage
  enqueue: Enqueue
}

function recordStage(enqueue: Enqueue, definitions: Definitions, database: AppDB): RecordStage {
  return {
    enqueue,
    through: other => recordStage(other, definitions, database),
    async create(entity, record) {
      const valid = validated<SyncedRows[typeof entity]>(entity, definitions[entity].record, record)
      await tableOf(database, entity).put(valid)
      await enqueue(entity, valid.id, 'put', valid as unknown as Record<string, unknown>)
      return valid
    },
    async patch(entity, id, change) {
      const definition = definitions[entity]
      if (!definition.patch)
        throw new Error(`${entity} records are appended whole and never changed`)
      const patch = validated<Record<string, unknown>>(entity, definition.patch, change)
      const table = tableOf(database, entity)
      const before = await table.get(id)
      if (!before && !Object.keys(definition.defaults).length)
        throw new MissingRecordError(entity, id)
      const after = validated<SyncedRows[typeof entity]>(entity, definition.record, { ...definition.defaults, ...before, ...patch, id })
      await table.put(after)
      await enqueue(entity, id, 'patch', patch)
      return after
    },
    async delete(entity, id) {
      await tableOf(database, entity).delete(id)
      await enqueue(entity, id, 'delete', {})
    },
  }
}

/**
 * Validated record writes and their outbox entries in one transaction over `tables` (of one
 * database): all of them commit, or none.
 */
export async function transactRecords<T>(tables: Table[], work: (stage: RecordStage) => Promise<T>): Promise<T> {
  const definitions = await loadDefinitions()
  const database = (tables[0]?.db ?? db) as AppDB
  return transactWithOutbox(tables, enqueue => work(recordStage(enqueue, definitions, database)))
}

/** A new record and its outbox entry in one transaction. */
export function createRecord<E extends RecordEntity>(entity: E, record: SyncedRows[E], database: AppDB = db): Promise<SyncedRows[E]> {
  return transactRecords([tableOf(database, entity)], stage => stage.create(entity, record))
}

/** A change to one record and its outbox entry in one transaction; returns the record as now stored. */
export function changeRecord<E extends RecordEntity>(entity: E, id: string, change: Partial<SyncedRows[E]>, database: AppDB = db): Promise<SyncedRows[E]> {
  return transactRecords([tableOf(database, entity)], stage => stage.patch(entity, id, change))
}

export function deleteRecord(entity: RecordEntity, id: string, database: AppDB = db): Promise<void> {
  return transactRecords([tableOf(database, entity)], stage => stage.delete(entity, id))
}
