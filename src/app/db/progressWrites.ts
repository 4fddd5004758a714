// A tick's write, apart from the progress reads: the reads are on the first screen, the write and
// the transaction past Dexie it uses (nativeOutboxWrite.ts) come with the task screen.
import type { ProgressRecord } from '../../shared/records/progress'
import type { ProgressRow } from './schema'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { putWithOutbox, type SeenRow } from './nativeOutboxWrite'
import { transactWithOutbox } from './outbox'

export interface ProgressSubject {
  unit: string
  planId: string
  taskId: string
  subject: string
}

export type ProgressChange = Partial<Pick<ProgressRecord, 'status' | 'note' | 'count'>>

export interface ProgressWrite {
  before: ProgressRow | undefined
  after: ProgressRow
  /** performance.now() once the write was committed: with strict durability, on disk. */
  durableAt: number
}

/**
 * Saves a change to one unit's progress on a checklist item or target, with its outbox entry.
 * `seen`: the row as the screen shows it, so the write need not wait to read it (checked as it goes).
 */
export async function saveProgress(target: ProgressSubject, change: ProgressChange, seen?: SeenRow<ProgressRow>): Promise<ProgressWrite> {
  const id = progressIdOf(target.unit, target.subject)
  const nextRow = (before: ProgressRow | undefined): ProgressRow => ({ ...progressDefaults, ...before, ...target, ...change, id })
  // A tick is the write that must be quickest (issue 13): IndexedDB's own transaction, past Dexie.
  const native = await putWithOutbox(db, 'progress', { entity: 'progress', id, op: 'patch', data: { ...target, ...change } }, nextRow, seen)
  if (native)
    return { before: native.before, after: native.after, durableAt: native.committedAt }
  const write = await transactWithOutbox([db.progress], async (enqueue) => {
    // The outbox entry does not depend on the row read: both go to IndexedDB side by side.
    const queued = enqueue('progress', id, 'patch', { ...target, ...change })
    // Awaited below; should the read fail first, the transaction aborts and reports that alone.
    queued.catch(() => undefined)
    const before = await db.progress.get(id)
    const after = nextRow(before)
    await Promise.all([db.progress.put(after), queued])
    return { before, after }
  })
  return { ...write, durableAt: performance.now() }
}
