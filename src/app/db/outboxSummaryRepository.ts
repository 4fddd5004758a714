// What the status bar and the sync page show of the outbox: how much waits, for whom, since when,
// and what the server refused. Apart from the push side (syncRepository.ts) because the first
// screen shows it, and should not carry the code that sends and acknowledges batches.
import type { OutboxRow } from './schema'
import { type AppDB, db } from './database'
import { joinedLive, live, type LiveRead } from './live'

/** A change of this device that lost to a newer one from elsewhere (the server keeps it in history). */
export interface SupersededNotice {
  entity: OutboxRow['entity']
  id: string
  fields: string[]
  at: number
}

export const supersededKey = 'sync:superseded'

export interface OutboxSummary {
  /** Entries waiting to be sent by whoever is writing now. */
  pending: number
  /** Entries waiting for another user to sign in on this device, by user id. */
  othersPending: Record<string, number>
  rejected: OutboxRow[]
  /** When the oldest entry still waiting was made: the basis of the "unsynced for days" warning. */
  oldestPendingAt: number | null
  superseded: SupersededNotice[]
}

export async function readOutboxSummary(userId: string | null, database: AppDB = db): Promise<OutboxSummary> {
  const [waiting, superseded] = await Promise.all([readWaiting(userId, database), readSupersededNotices(database)])
  return { ...waiting, superseded }
}

/** The summary now and after every change to the outbox, in this tab or another. */
export function observeOutboxSummary(userId: string | null): LiveRead<OutboxSummary> {
  // Followed apart: every tick changes the outbox and never the notices, and read together each
  // tick's re-read held a transaction on meta as well, which the next tick's write waited behind
  // (issue 13). Apart, the notices are read again only when a push changes them.
  return joinedLive(live(() => readWaiting(userId)), live(() => readSupersededNotices()), (waiting, superseded) => ({ ...waiting, superseded }))
}

async function readWaiting(userId: string | null, database: AppDB = db): Promise<Omit<OutboxSummary, 'superseded'>> {
  const waiting: Omit<OutboxSummary, 'superseded'> = { pending: 0, othersPending: {}, rejected: [], oldestPendingAt: null }
  // Read again after every write (the status bar follows it): all rows in one request, not a cursor
  // step per row, which held the next tick's transaction back behind it (issue 13).
  for (const row of await database.outbox.toArray()) {
    if (row.rejected) {
      waiting.rejected.push(row)
      continue
    }
    if (row.userId === userId || row.userId === null)
      waiting.pending++
    else
      waiting.othersPending[row.userId] = (waiting.othersPending[row.userId] ?? 0) + 1
    waiting.oldestPendingAt = Math.min(waiting.oldestPendingAt ?? row.createdAt, row.createdAt)
  }
  return waiting
}

async function readSupersededNotices(database: AppDB = db): Promise<SupersededNotice[]> {
  return ((await database.meta.get(supersededKey))?.value as SupersededNotice[] | undefined) ?? []
}
