// Why a write past Dexie (issue 13: a tick on disk within 16 ms at 4× CPU slowdown): through
// transactWithOutbox a tick took 33 ms median, 52.6 ms p95 at 4× on the bench machine (reference
// 426 ms); the same transaction in IndexedDB's own API, 7.2 ms. The rest was Dexie's work on each
// request and, mostly, its commit handler re-running every live query on these tables (~16 ms)
// before the caller's await could resume.
//
// It keeps transactWithOutbox's meaning: the writer's identity, its last sequence number + 1, the
// same OutboxRow with an autoincremented localId, onOutboxWritten listeners told after the commit,
// and any failure aborting the whole transaction for the caller to show. The app declares no Dexie
// hooks or DBCore middleware (none on any table) that a write past Dexie would skip; what it
// changed is announced to Dexie's live queries after the commit (storageMutations.ts).
import type { WriterIdentity } from './identity'
import type { MetaRow, OutboxRow } from './schema'
import Dexie from 'dexie'
import { partsChanged } from './changedParts'
import type { AppDB } from './database'
import { transactionDurability } from './durability'
import { identityKey, sequenceKeyOf } from './metaKeys'
import { announceOutboxWritten } from './outbox'
import { newOutboxRow, type RecordMutation } from './outboxRow'
import { abortingOnThrow } from './recordOutboxTransaction'
import { announceWrite } from './storageMutations'

/** Who wrote the last write past Dexie in this tab, and the sequence number it used. */
interface LastWrite {
  identity: WriterIdentity
  seq: number
}

const lastWrites = new WeakMap<AppDB, LastWrite>()

export interface NativeWrite<Row> {
  before: Row | undefined
  after: Row
  queued: OutboxRow
  /** performance.now() when IndexedDB reported the commit: with strict durability, on disk. */
  committedAt: number
}

/** The stored row as the caller last saw it (a screen's live read): undefined where there was none. */
export interface SeenRow<Row> {
  before: Row | undefined
}

/**
 * Puts `nextRow(the stored row)` under `mutation.id` in `tableName`, with its outbox entry, in one
 * IndexedDB transaction. Resolves undefined, having written nothing, where that cannot be done past
 * Dexie: the database not open (or closed for a new version), a Dexie transaction around the
 * caller (the write belongs to it), or no writer identity yet (identity.ts creates it). The
 * caller then writes through transactWithOutbox.
 *
 * Given the row as the caller saw it, and after a first write in this tab, the writes are sent at
 * once beside the reads that check them (the writer, their sequence, the stored row): one round
 * trip to the browser's database process instead of two, at a tick's pace the larger part of its
 * time. IndexedDB answers in order, so when the last write is answered every read is, and what
 * they found is checked while the transaction still runs: another number or row is written over
 * the guess in the same transaction; another writer (a sign-in since) aborts it all and it is
 * written again as them.
 */
export function putWithOutbox<Row extends object>(database: AppDB, tableName: string, mutation: RecordMutation, nextRow: (before: Row | undefined) => Row, seen?: SeenRow<Row>): Promise<NativeWrite<Row> | undefined> {
  const idb = Dexie.currentTransaction || !database.isOpen() ? undefined : database.backendDB()
  if (!idb)
    return Promise.resolve(undefined)
  let transaction: IDBTransaction
  try {
    transaction = idb.transaction([tableName, 'outbox', 'meta'], 'readwrite', { durability: transactionDurability })
  }
  catch (error) {
    // The connection is closing (another tab opened a new version): Dexie knows how to reopen.
    return (error as DOMException).name === 'InvalidStateError' ? Promise.resolve(undefined) : Promise.reject(error)
  }
  return new Promise((resolve, reject) => {
    let write: NativeWrite<Row> | undefined
    /** Why the transaction was aborted on purpose: no writer yet, or written as someone who is not. */
    let abandoned: 'no identity' | 'other writer' | undefined
    // Also a failed request's end: its error event aborts the transaction.
    transaction.onabort = () => {
      if (abandoned === 'no identity')
        resolve(undefined)
      else if (abandoned === 'other writer')
        resolve(putWithOutbox(database, tableName, mutation, nextRow))
      else
        reject(transaction.error ?? new DOMException('The write was aborted', 'AbortError'))
    }
    const failing = abortingOnThrow(transaction, reject)
    const meta = transaction.objectStore('meta')
    const outbox = transaction.objectStore('outbox')
    const records = transaction.objectStore(tableName)
    let added: IDBRequest<IDBValidKey> | undefined
    const writeAll = (identity: WriterIdentity, seq: number, before: Row | undefined) => {
      const queued = newOutboxRow(seq, mutation, identity)
      const after = nextRow(before)
      records.put(after)
      meta.put({ key: sequenceKeyOf(identity.clientId), value: seq } satisfies MetaRow)
      if (added)
        outbox.put({ ...queued, localId: added.result as number })
      else
        added = outbox.add(queued)
      write = { before, after, queued, committedAt: 0 }
    }
    const last = lastWrites.get(database)
    // Requested at once: the sequence under the writer of this tab's last write, checked against
    // the identity read beside it.
    const identityRead = meta.get(identityKey)
    const recordRead = records.get(mutation.id)
    const sequenceRead = last && meta.get(sequenceKeyOf(last.identity.clientId))
    const guessed = last && seen
    if (guessed)
      failing(() => writeAll(last.identity, last.seq + 1, seen.before))()
    const settle = failing(() => {
      const identity = (identityRead.result as MetaRow | undefined)?.value as WriterIdentity | undefined
      if (!identity) {
        abandoned = 'no identity'
        transaction.abort()
        return
      }
      const before = recordRead.result as Row | undefined
      if (!last || !sameWriter(identity, last.identity)) {
        if (guessed) {
          abandoned = 'other writer'
          transaction.abort()
          return
        }
        // This tab's first write, or someone else signed in since: their own sequence.
        const ownSequenceRead = meta.get(sequenceKeyOf(identity.clientId))
        ownSequenceRead.onsuccess = failing(() => writeAll(identity, sequenceAfter(ownSequenceRead), before))
        return
      }
      const seq = sequenceAfter(sequenceRead!)
      if (!guessed || write!.queued.seq !== seq || !sameRow(write!.before, before))
        writeAll(identity, seq, before)
    })
    if (added)
      added.onsuccess = settle
    else
      (sequenceRead ?? recordRead).onsuccess = settle
    transaction.oncomplete = () => {
      if (!write)
        return
      write.committedAt = performance.now()
      const { before, after, queued } = write
      queued.localId = added!.result as number
      lastWrites.set(database, { identity: { clientId: queued.clientId, userId: queued.userId }, seq: queued.seq })
      resolve(write)
      announceWritePastDexie(database, tableName, mutation.id, { before, after, queued })
    }
  })
}

/**
 * Tells this tab's and other tabs' live queries what a write past Dexie changed (the record, its
 * outbox entry, the writer's sequence), and the sync engine that a change waits.
 */
export function announceWritePastDexie(database: AppDB, tableName: string, key: string, { before, after, queued }: Pick<NativeWrite<object>, 'before' | 'after' | 'queued'>): void {
  announceWrite(partsChanged(database, [
    { table: tableName, key, before, after },
    { table: 'outbox', key: queued.localId!, before: undefined, after: queued },
    { table: 'meta', key: sequenceKeyOf(queued.clientId), before: undefined, after: { key: sequenceKeyOf(queued.clientId), value: queued.seq } },
  ]))
  announceOutboxWritten(database)
}

const sameWriter = (a: WriterIdentity, b: WriterIdentity) => a.clientId === b.clientId && a.userId === b.userId

const sequenceAfter = (read: IDBRequest) => ((read.result as MetaRow | undefined)?.value as number | undefined ?? 0) + 1

/**
 * Both rows as IndexedDB stores them. Compared as JSON: a row read back keeps its properties'
 * order, so the same row reads the same; a row that only looks different is written again.
 */
function sameRow(seen: object | undefined, stored: object | undefined): boolean {
  return seen === stored || (seen !== undefined && stored !== undefined && JSON.stringify(seen) === JSON.stringify(stored))
}
