// An outbox entry as a writer makes it, apart from outbox.ts (which brings Dexie): the writer
// worker (outboxWriter.worker.ts) makes them too.
import type { Mutation } from '../../shared/sync/protocol'
import type { WriterIdentity } from './identity'
import type { OutboxRow } from './schema'

/** A change to one record, as its writer states it: what the outbox numbers and signs. */
export type RecordMutation = Pick<Mutation, 'entity' | 'id' | 'op' | 'data'>

/** A change as it waits in the outbox: numbered, signed by its writer, not yet tried. */
export function newOutboxRow(seq: number, mutation: RecordMutation, identity: WriterIdentity): OutboxRow {
  const now = Date.now()
  return { seq, ...mutation, at: now, clientId: identity.clientId, userId: identity.userId, createdAt: now, attempts: 0, lastError: null, rejected: null }
}
