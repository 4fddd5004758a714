// What the status bar and the sync page show of the outbox: how much waits, for whom, since when,
// and what the server refused. Apart from the push side (syncRepository.ts) because the first
// screen shows it, and should not carry the code that sends and acknowledges batches.
import type { OutboxRow } from './schema'
import { type AppDB, db } from './database'
import { live, type LiveRead } from './live'

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
  const summary: OutboxSummary = { pending: 0, othersPending: {}, rejected: [], oldestPendingAt: null, superseded: [] }
  // Read again after every write (the status bar follows it): all rows in one request, not a cursor
  // step per row, which held the next tick's transaction back behind it (issue 13).
  const [rows, superseded] = await Promise.all([database.outbox.toArray(), database.meta.get(supersededKey)])
  for (const row of rows) {
    if (row.rejected) {
      summary.rejected.push(row)
      continue
    }
    if (row.userId === userId || row.userId === null)
      summary.pending++
    else
      summary.othersPending[row.userId] = (summary.othersPending[row.userId] ?? 0) + 1
    summary.oldestPendingAt = Math.min(summary.oldestPendingAt ?? row.createdAt, row.createdAt)
  }
  summary.superseded = (superseded?.value as SupersededNotice[] | undefined) ?? []
  return summary
}

/** The summary now and after every change to the outbox, in this tab or another. */
export function observeOutboxSummary(userId: string | null): LiveRead<OutboxSummary> {
  return live(() => readOutboxSummary(userId))
}
