// What the sync engine reads and writes on the outbox side: batches to push, their
// acknowledgements, photos to upload first, and the sync state shown to the user.
import type { MutationResult } from '../../shared/sync/protocol'
import type { WriterIdentity } from './identity'
import type { EvidenceRow, OutboxRow, PhotoRow, ProgressRow } from './schema'
import { type AppDB, db } from './database'
import { photoHashOf } from './photoReference'
import { type RecordEntity, recordEntities, tableOf } from './syncedTables'
import { addRefreshKeys, recordKey } from './syncPullRepository'
import { type SupersededNotice, supersededKey } from './outboxSummaryRepository'

export type { AppDB } from './database'

export type SyncProblem = 'offline' | 'unreachable' | 'session-expired' | 'signed-out' | 'password-change' | 'server-error' | 'device-error'

export interface SyncState {
  lastSuccessAt: number | null
  lastAttemptAt: number | null
  problem: SyncProblem | null
  /** The server's or the network's own words, shown under the problem. */
  detail: string | null
}

const stateKey = 'sync:state'
const keptNotices = 50

export async function readSyncState(database: AppDB = db): Promise<SyncState> {
  const stored = (await database.meta.get(stateKey))?.value as SyncState | undefined
  return stored ?? { lastSuccessAt: null, lastAttemptAt: null, problem: null, detail: null }
}

export function writeSyncState(change: Partial<SyncState>, database: AppDB = db): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    await database.meta.put({ key: stateKey, value: { ...await readSyncState(database), ...change } })
  })
}

/** The next entries to send as this writer, oldest first; never another user's, never rejected ones. */
export async function readPushBatch(identity: WriterIdentity, limit: number, database: AppDB = db): Promise<OutboxRow[]> {
  // In one request, not a cursor step per row (a tick's transaction waits for any read of the
  // outbox begun before it, issue 13): the first rows, or, where some of them may not be sent, all.
  const sendable = (rows: OutboxRow[]) => rows.filter(row => !row.rejected && row.userId === identity.userId)
  const ofClient = database.outbox.where('clientId').equals(identity.clientId)
  const first = await ofClient.clone().limit(limit).toArray()
  const rows = first.length === limit && sendable(first).length < limit ? sendable(await ofClient.toArray()).slice(0, limit) : sendable(first)
  return rows.sort((a, b) => a.seq - b.seq)
}

/** Photos that the records in these entries refer to and the server does not have yet. */
export async function photosToUpload(rows: OutboxRow[], database: AppDB = db): Promise<PhotoRow[]> {
  const hashes = rows
    .filter(row => row.op !== 'delete')
    .map(row => photoHashOf(row.data))
    .filter(sha256 => sha256 !== null)
  const photos = await database.photos.bulkGet([...new Set(hashes)])
  return photos.filter((photo): photo is PhotoRow => photo?.uploaded === 0)
}

export async function markPhotoUploaded(sha256: string, database: AppDB = db): Promise<void> {
  await database.photos.update(sha256, { uploaded: 1 })
}

/** Rejects an entry on the device, for a mutation the server could not even parse. */
export async function rejectLocally(row: OutboxRow, code: string, reason: string, database: AppDB = db): Promise<void> {
  await database.outbox.update(row.localId!, { rejected: { code, reason }, lastError: reason })
}

export interface PushOutcome {
  acknowledged: number
  rejected: number
  superseded: number
}

/**
 * Takes the server's answers in one transaction: acknowledged entries leave the outbox,
 * rejected ones stay with their reason and are never resent. Records whose final value the
 * device cannot know (lost a conflict, rejected, or answered only as a duplicate) are marked
 * to be fetched again.
 */
export function applyPushResults(rows: OutboxRow[], results: MutationResult[], now: number, database: AppDB = db): Promise<PushOutcome> {
  return database.transaction('rw', [database.outbox, database.meta], async () => {
    const bySeq = new Map(rows.map(row => [row.seq, row]))
    const outcome: PushOutcome = { acknowledged: 0, rejected: 0, superseded: 0 }
    const unsure: string[] = []
    const notices: SupersededNotice[] = []
    // Deleted at once below, not one request after another: a tick waits for this transaction.
    const acknowledged: number[] = []
    for (const result of results) {
      const row = bySeq.get(result.seq)
      if (!row)
        continue
      if (result.status !== 'applied')
        unsure.push(recordKey(row.entity, row.id))
      if (result.status === 'rejected') {
        const reason = result.reason ?? result.code ?? 'rejected'
        await database.outbox.update(row.localId!, { rejected: { code: result.code ?? 'rejected', reason }, lastError: reason })
        outcome.rejected++
        continue
      }
      acknowledged.push(row.localId!)
      outcome.acknowledged++
      const lost = result.status === 'superseded' ? Object.keys(row.data) : result.lostFields ?? []
      if (lost.length) {
        notices.push({ entity: row.entity, id: row.id, fields: lost, at: now })
        outcome.superseded++
      }
    }
    await database.outbox.bulkDelete(acknowledged)
    await addRefreshKeys(unsure, database)
    if (notices.length) {
      const earlier = ((await database.meta.get(supersededKey))?.value as SupersededNotice[] | undefined) ?? []
      await database.meta.put({ key: supersededKey, value: [...notices.reverse(), ...earlier].slice(0, keptNotices) })
    }
    return outcome
  })
}

export interface UnsentRecords {
  entries: OutboxRow[]
  progress: ProgressRow[]
  evidence: EvidenceRow[]
  /** The current rows of the other entities with unsent entries (events, feedback …), by entity. */
  records: Partial<Record<RecordEntity, unknown[]>>
  photos: PhotoRow[]
}

/** Everything not yet on the server, for the last-resort export to a file. */
export function readUnsentRecords(database: AppDB = db): Promise<UnsentRecords> {
  const tables = recordEntities.map(entity => tableOf(database, entity))
  return database.transaction('r', [database.outbox, ...tables, database.photos], async () => {
    const entries = await database.outbox.toArray()
    const rowsOf = async <E extends RecordEntity>(entity: E) => {
      const ids = [...new Set(entries.filter(e => e.entity === entity).map(e => e.id))]
      return (await tableOf(database, entity).bulkGet(ids)).filter(row => row !== undefined)
    }
    const progress = await rowsOf('progress')
    const evidence = await rowsOf('evidence')
    const records: UnsentRecords['records'] = {}
    for (const entity of recordEntities.filter(e => e !== 'progress' && e !== 'evidence')) {
      const rows = await rowsOf(entity)
      if (rows.length)
        records[entity] = rows
    }
    const hashes = [...evidence, ...Object.values(records).flat(), ...entries.map(e => e.data)]
      .map(row => photoHashOf(row as Record<string, unknown>))
      .filter(sha256 => sha256 !== null)
    const photos = (await database.photos.bulkGet([...new Set(hashes)])).filter(row => row !== undefined)
    return { entries, progress, evidence, records, photos }
  })
}
