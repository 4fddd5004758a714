// Every domain write goes through transactWithOutbox, so the record and the mutation
// that will carry it to the server commit together or not at all.
import type { Table } from 'dexie'
import type { EntityName } from '../../shared/records'
import type { Mutation } from '../../shared/sync/protocol'
import type { OutboxRow } from './schema'
import { type AppDB, db } from './database'
import { currentIdentity, lastSequence, saveLastSequence } from './identity'
import { newOutboxRow } from './outboxRow'

export type Enqueue = (entity: EntityName, id: string, op: Mutation['op'], data: Record<string, unknown>) => Promise<OutboxRow>

type OutboxListener = (database: AppDB) => void
const listeners = new Set<OutboxListener>()

/** Called after each committed write that queued a mutation: the sync engine sends it soon. */
export function onOutboxWritten(listener: OutboxListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** For a write committed past transactWithOutbox (nativeOutboxWrite.ts). */
export function announceOutboxWritten(database: AppDB): void {
  listeners.forEach(listener => listener(database))
}

/** The database is the one the tables belong to, so repositories work on any device's database. */
export async function transactWithOutbox<T>(tables: Table[], work: (enqueue: Enqueue) => Promise<T>): Promise<T> {
  const database = (tables[0]?.db ?? db) as AppDB
  let queued = false
  const result = await database.transaction('rw', [...tables, database.outbox, database.meta], async () => {
    // Asked for now and awaited only by the first enqueue: the work's own reads go to IndexedDB
    // side by side with it, instead of each waiting a round trip to the browser's database process
    // for the one before. A failed read still aborts the transaction; the catch only keeps a write
    // that queues nothing from reporting it twice.
    const identityRead = currentIdentity(database)
    identityRead.catch(() => undefined)
    let lastUsed: Promise<number> | undefined
    const enqueue: Enqueue = async (entity, id, op, data) => {
      // One read, then each change numbered after the one queued before it: changes queued side
      // by side (Promise.all) never share a number.
      lastUsed = (lastUsed ?? identityRead.then(identity => lastSequence(identity.clientId, database))).then(last => last + 1)
      const [identity, seq] = await Promise.all([identityRead, lastUsed])
      const row = newOutboxRow(seq, { entity, id, op, data }, identity)
      // Both writes are queued at once: IndexedDB runs a transaction's requests in order anyway.
      const [, localId] = await Promise.all([saveLastSequence(identity.clientId, seq, database), database.outbox.add(row)])
      row.localId = localId
      queued = true
      return row
    }
    return work(enqueue)
  })
  if (queued)
    announceOutboxWritten(database)
  return result
}

/** Records with changes not yet acknowledged: pulled rows must not overwrite them. */
export async function hasPendingChanges(entity: EntityName, id: string, database: AppDB = db): Promise<boolean> {
  const pending = await database.outbox.where('[entity+id]').equals([entity, id]).filter(row => !row.rejected).count()
  return pending > 0
}
