// Every domain write goes through transactWithOutbox, so the record and the mutation
// that will carry it to the server commit together or not at all.
import type { Table } from 'dexie'
import type { EntityName } from '../../shared/records'
import type { Mutation } from '../../shared/sync/protocol'
import type { OutboxRow } from './schema'
import { db } from './database'
import { currentIdentity, nextSequence } from './identity'

export type Enqueue = (entity: EntityName, id: string, op: Mutation['op'], data: Record<string, unknown>) => Promise<OutboxRow>

export function transactWithOutbox<T>(tables: Table[], work: (enqueue: Enqueue) => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const identity = await currentIdentity()
    const enqueue: Enqueue = async (entity, id, op, data) => {
      const now = Date.now()
      const row: OutboxRow = {
        seq: await nextSequence(identity.clientId),
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
      row.localId = await db.outbox.add(row)
      return row
    }
    return work(enqueue)
  })
}

/** Records with changes not yet acknowledged: pulled rows must not overwrite them. */
export async function hasPendingChanges(entity: EntityName, id: string): Promise<boolean> {
  const pending = await db.outbox.where('[entity+id]').equals([entity, id]).filter(row => !row.rejected).count()
  return pending > 0
}

export function pendingCount(): Promise<number> {
  return db.outbox.filter(row => !row.rejected).count()
}
