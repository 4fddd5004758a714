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
import type { IndexableType, IndexSpec, ObservabilitySet } from 'dexie'
import type { WriterIdentity } from './identity'
import type { MetaRow, OutboxRow } from './schema'
import Dexie, { cmp, RangeSet } from 'dexie'
import { type AppDB, transactionDurability } from './database'
import { identityKey, sequenceKeyOf } from './identity'
import { announceOutboxWritten, newOutboxRow, type RecordMutation } from './outbox'
import { announceWrite } from './storageMutations'

/** The writer's client id as the last write found it: its sequence is read beside the identity. */
const lastClientIds = new WeakMap<AppDB, string>()

export interface NativeWrite<Row> {
  before: Row | undefined
  after: Row
  queued: OutboxRow
  /** performance.now() when IndexedDB reported the commit: with strict durability, on disk. */
  committedAt: number
}

/**
 * Puts `nextRow(the stored row)` under `mutation.id` in `tableName`, with its outbox entry, in one
 * IndexedDB transaction. Resolves undefined, having written nothing, where that cannot be done past
 * Dexie: the database not open (or closed for a new version), a Dexie transaction around the
 * caller (the write belongs to it), or no writer identity yet (identity.ts creates it). The
 * caller then writes through transactWithOutbox.
 */
export function putWithOutbox<Row extends object>(database: AppDB, tableName: string, mutation: RecordMutation, nextRow: (before: Row | undefined) => Row): Promise<NativeWrite<Row> | undefined> {
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
    let noIdentity = false
    // Also a failed request's end: its error event aborts the transaction.
    transaction.onabort = () => noIdentity ? resolve(undefined) : reject(transaction.error ?? new DOMException('The write was aborted', 'AbortError'))
    const failing = (step: () => void) => () => {
      try {
        step()
      }
      catch (error) {
        reject(error)
        transaction.abort()
      }
    }
    const meta = transaction.objectStore('meta')
    const outbox = transaction.objectStore('outbox')
    const records = transaction.objectStore(tableName)
    const writeAll = (identity: WriterIdentity, sequenceRow: MetaRow | undefined) => {
      const seq = (sequenceRow?.value as number | undefined ?? 0) + 1
      const queued = newOutboxRow(seq, mutation, identity)
      const before = recordRead.result as Row | undefined
      const after = nextRow(before)
      records.put(after)
      meta.put({ key: sequenceKeyOf(identity.clientId), value: seq } satisfies MetaRow)
      const added = outbox.add(queued)
      added.onsuccess = () => {
        queued.localId = added.result as number
      }
      write = { before, after, queued, committedAt: 0 }
    }
    // Requested at once, the sequence under the client id of the last write: one round trip to the
    // browser's database process, not two. IndexedDB answers them in this order.
    const identityRead = meta.get(identityKey)
    const recordRead = records.get(mutation.id)
    const guessedClientId = lastClientIds.get(database)
    const guessedRead = guessedClientId === undefined ? undefined : meta.get(sequenceKeyOf(guessedClientId))
    let identity: WriterIdentity | undefined
    identityRead.onsuccess = failing(() => {
      identity = (identityRead.result as MetaRow | undefined)?.value as WriterIdentity | undefined
      if (!identity) {
        noIdentity = true
        transaction.abort()
        return
      }
      lastClientIds.set(database, identity.clientId)
      if (identity.clientId === guessedClientId)
        return
      // Someone else signed in since: their own sequence.
      const known = identity
      const sequenceRead = meta.get(sequenceKeyOf(known.clientId))
      sequenceRead.onsuccess = failing(() => writeAll(known, sequenceRead.result as MetaRow | undefined))
    })
    if (guessedRead) {
      guessedRead.onsuccess = failing(() => {
        const found = identity
        if (found && found.clientId === guessedClientId)
          writeAll(found, guessedRead.result as MetaRow | undefined)
      })
    }
    transaction.oncomplete = () => {
      if (!write)
        return
      write.committedAt = performance.now()
      resolve(write)
      const { before, after, queued } = write
      announceWrite(partsChanged(database, [
        { table: tableName, key: mutation.id, before, after },
        { table: 'outbox', key: queued.localId!, before: undefined, after: queued },
        { table: 'meta', key: sequenceKeyOf(queued.clientId), before: undefined, after: { key: sequenceKeyOf(queued.clientId), value: queued.seq } },
      ]))
      announceOutboxWritten(database)
    }
  })
}

interface RowChange {
  table: string
  key: string | number
  before: object | undefined
  after: object
}

/**
 * The parts of the database the changes touched, keyed as Dexie's observability middleware keys
 * them for a put: the primary key (also as a possible deletion), and each index's old and new
 * value where they differ. Precise, so only the live queries that read these rows run again.
 */
function partsChanged(database: AppDB, changes: RowChange[]): ObservabilitySet {
  const parts: Record<string, RangeSet> = {}
  const rangeOf = (table: string, index: string) => (parts[`idb://${database.name}/${table}/${index}`] ??= new RangeSet())
  for (const { table, key, before, after } of changes) {
    rangeOf(table, '').addKey(key)
    rangeOf(table, ':dels').addKey(key)
    for (const index of database.table(table).schema.indexes) {
      const old = indexKeyOf(index, before)
      const now = indexKeyOf(index, after)
      if (old !== undefined && now !== undefined && cmp(old, now) === 0)
        continue
      for (const changed of [old, now]) {
        if (changed !== undefined)
          rangeOf(table, index.name).addKeys((index.multi && Array.isArray(changed) ? changed : [changed]) as IndexableType[])
      }
    }
  }
  return parts
}

/** The row's key in the index, or undefined where IndexedDB does not index it. */
function indexKeyOf(index: IndexSpec, row: object | undefined): IndexableType | undefined {
  if (!row)
    return undefined
  if (!index.keyPath)
    return undefined
  const values = [index.keyPath].flat().map(path => Dexie.getByKeyPath(row, path) as IndexableType | null | undefined)
  if (values.some(value => value === undefined || value === null))
    return undefined
  return Array.isArray(index.keyPath) ? values as IndexableType : values[0]!
}
