// Every domain write goes through transactWithOutbox, so the record and the mutation
// that will carry it to the server commit together or not at all.
import type { Table } from 'dexie'
import type { EntityName } from '../../shared/records'
import type { Mutation } from '../../shared/sync/protocol'
import type { OutboxRow } from './schema'
import { type AppDB, db } from './database'
import { currentIdentity, lastSequence, saveLastSequence } from './identity'

export type Enqueue = (entity: EntityName, id: string, op: Mutation['op'], data: Record<string, unknown>) => Promise<OutboxRow>

type OutboxListener = (database: AppDB) => void
const listeners = new Set<OutboxListener>()

/** Called after each committed write that queued a mutation: the sync engine sends it soon. */
export function onOutboxWritten(listener: OutboxListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The database is the one the tables belong to, so repositories work on any device's database. */
export async function transactWithOutbox<T>(tables: Table[], work: (enqueue: Enqueue) => Promise<T>): Promise<T> {
  const database = (tables[0]?.db ?? db) as AppDB
  let queued = false
  const result = await database.transaction('rw', [...tables, database.outbox, database.meta], async () => {
    const identity = await currentIdentity(database)
    let lastUsed: Promise<number> | undefined
    const enqueue: Enqueue = async (entity, id, op, data) => {
      // One read, then each change numbered after the one queued before it: changes queued side
      // by side (Promise.all) never share a number.
      lastUsed = (lastUsed ?? lastSequence(identity.clientId, database)).then(last => last + 1)
      const seq = await lastUsed
      const now = Date.now()
      const row: OutboxRow = {
        seq,
        entity,
        id,
        op,
        data,
        at: now,
        clientId: identity.clientId,
        userId: identity.userId,
        createdAt: now,
        attempts: 0,
        lastError: null,
        rejected: null,
      }
      await saveLastSequence(identity.clientId, seq, database)
      row.localId = await database.outbox.add(row)
      queued = true
      return row
    }
    return work(enqueue)
  })
  if (queued)
    listeners.forEach(listener => listener(database))
  return result
}

/** Records with changes not yet acknowledged: pulled rows must not overwrite them. */
export async function hasPendingChanges(entity: EntityName, id: string, database: AppDB = db): Promise<boolean> {
  const pending = await database.outbox.where('[entity+id]').equals([entity, id]).filter(row => !row.rejected).count()
  return pending > 0
}

export function pendingCount(database: AppDB = db): Promise<number> {
  return database.outbox.filter(row => !row.rejected).count()
}
