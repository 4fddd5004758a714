// A record and its outbox entry in one IndexedDB transaction, written with IndexedDB's own API and
// nothing else (no Dexie, no page): what the writer worker runs (outboxWriter.worker.ts). In a worker
// no guess is needed to save round trips (nativeOutboxWrite.ts): its reads are answered at once.
import type { WriterIdentity } from './identity'
import type { MetaRow, OutboxRow } from './schema'
import { transactionDurability } from './durability'
import { identityKey, sequenceKeyOf } from './metaKeys'
import { newOutboxRow, type RecordMutation } from './outboxRow'

/** The row to store, as data a worker can be sent: the stored row's fields kept unless `replace`. */
export interface RowRecipe {
  /** A new row's fields where neither the stored row nor `fields` has them. */
  defaults?: Record<string, unknown>
  /** Written over the stored row; with `replace`, the whole row. */
  fields: Record<string, unknown>
  replace?: boolean
}

export function rowFromRecipe(recipe: RowRecipe, stored: object | undefined): Record<string, unknown> {
  return recipe.replace ? { ...recipe.fields } : { ...recipe.defaults, ...stored, ...recipe.fields }
}

/**
 * Wraps a transaction's request handlers: a step that throws (a row IndexedDB cannot store, a bug)
 * rejects with its error and aborts the transaction, so nothing of it is kept.
 */
export function abortingOnThrow(transaction: IDBTransaction, reject: (error: unknown) => void) {
  return (step: () => void) => () => {
    try {
      step()
    }
    catch (error) {
      reject(error)
      transaction.abort()
    }
  }
}

export type RecordOutboxResult
  = | { written: true, before: object | undefined, after: Record<string, unknown>, queued: OutboxRow, committedAt: number }
  /** Nothing written: the device has no writer identity yet, which only a write through Dexie creates. */
    | { written: false }

/**
 * Stores the record `recipe` makes under `mutation.id` in `table`, numbers its outbox entry after the
 * writer's last one, and commits both with strict durability; `committedAt` is performance.now() at
 * the commit. Rejects with IndexedDB's error (a full disk, a closing connection) having written nothing.
 */
export function writeRecordWithOutbox(database: IDBDatabase, table: string, mutation: RecordMutation, recipe: RowRecipe): Promise<RecordOutboxResult> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction([table, 'outbox', 'meta'], 'readwrite', { durability: transactionDurability })
    let result: RecordOutboxResult | undefined
    const failing = abortingOnThrow(transaction, reject)
    const meta = transaction.objectStore('meta')
    const records = transaction.objectStore(table)
    const identityRead = meta.get(identityKey)
    const recordRead = records.get(mutation.id)
    // IndexedDB answers in order: the identity is there when the record is.
    recordRead.onsuccess = failing(() => {
      const identity = (identityRead.result as MetaRow | undefined)?.value as WriterIdentity | undefined
      if (!identity) {
        result = { written: false }
        transaction.abort()
        return
      }
      const sequenceRead = meta.get(sequenceKeyOf(identity.clientId))
      sequenceRead.onsuccess = failing(() => {
        const seq = ((sequenceRead.result as MetaRow | undefined)?.value as number | undefined ?? 0) + 1
        const before = recordRead.result as object | undefined
        const after = rowFromRecipe(recipe, before)
        const queued = newOutboxRow(seq, mutation, identity)
        records.put(after)
        meta.put({ key: sequenceKeyOf(identity.clientId), value: seq } satisfies MetaRow)
        const added = transaction.objectStore('outbox').add(queued)
        added.onsuccess = () => {
          queued.localId = added.result as number
        }
        result = { written: true, before, after, queued, committedAt: 0 }
      })
    })
    transaction.oncomplete = () => {
      if (result?.written)
        result.committedAt = performance.now()
      resolve(result ?? { written: false })
    }
    // Also a failed request's end: its error event aborts the transaction.
    transaction.onabort = () => {
      if (result && !result.written)
        resolve(result)
      else
        reject(transaction.error ?? new DOMException('The write was aborted', 'AbortError'))
    }
  })
}
