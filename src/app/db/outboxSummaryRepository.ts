// What the status bar and the sync page show of the outbox: how much waits, for whom, since when,
// and what the server refused. Apart from the push side (syncRepository.ts) because the first
// screen shows it, and should not carry the code that sends and acknowledges batches.
import type { OutboxRow } from './schema'
import { type AppDB, db, rejectedIndex } from './database'
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

/**
 * Counted through indexes rather than read: the sync bar reads this again after every tick, and
 * after a day offline the outbox holds hundreds of entries, each a whole record. Only the rejected
 * ones (kept to be shown, few) and the oldest one waiting are read whole.
 */
async function readWaiting(userId: string | null, database: AppDB = db): Promise<Omit<OutboxSummary, 'superseded'>> {
  const outbox = database.outbox
  // One transaction, so the counts agree with each other. Writers come as the index's distinct keys,
  // a step per writer (keys() would step through every entry, as slow as reading them whole).
  const [total, byWriter, rejected, oldest] = await database.transaction('r', outbox, () => Promise.all([
    outbox.count(),
    // Entries made signed out have no writer: they are in no userId index entry, and are counted as the difference.
    outbox.orderBy('userId').uniqueKeys().then(writers => Promise.all(writers.map(async writer => [writer as string, await outbox.where('userId').equals(writer).count()] as const))),
    // Only a rejected entry has a code to index (rejectedIndex in database.ts).
    outbox.orderBy(rejectedIndex).toArray(),
    outbox.filter(row => !row.rejected).first(),
  ]))
  const waiting = new Map<string | null, number>(byWriter)
  waiting.set(null, total - byWriter.reduce((sum, [, count]) => sum + count, 0))
  for (const row of rejected)
    waiting.set(row.userId, waiting.get(row.userId)! - 1)
  const othersPending: Record<string, number> = {}
  for (const [writer, count] of waiting) {
    if (writer !== null && writer !== userId && count > 0)
      othersPending[writer] = count
  }
  return {
    pending: waiting.get(null)! + (userId === null ? 0 : waiting.get(userId) ?? 0),
    othersPending,
    // A live query's rows are frozen: sorted as a copy.
    rejected: [...rejected].sort((a, b) => a.localId! - b.localId!),
    // Entries are numbered as they are made: the first one waiting is the oldest.
    oldestPendingAt: oldest?.createdAt ?? null,
  }
}

async function readSupersededNotices(database: AppDB = db): Promise<SupersededNotice[]> {
  return ((await database.meta.get(supersededKey))?.value as SupersededNotice[] | undefined) ?? []
}
