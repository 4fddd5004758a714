import type { ProgressRecord } from '../../shared/records/progress'
import type { ProgressRow } from './schema'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { live, type LiveRead } from './live'
import { putWithOutbox } from './nativeOutboxWrite'
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

/** Saves a change to one unit's progress on a checklist item or target, with its outbox entry. */
export async function saveProgress(target: ProgressSubject, change: ProgressChange): Promise<ProgressWrite> {
  const id = progressIdOf(target.unit, target.subject)
  const nextRow = (before: ProgressRow | undefined): ProgressRow => ({ ...progressDefaults, ...before, ...target, ...change, id })
  // A tick is the write that must be quickest (issue 13): IndexedDB's own transaction, past Dexie.
  const native = await putWithOutbox(db, 'progress', { entity: 'progress', id, op: 'patch', data: { ...target, ...change } }, nextRow)
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

export function progressOfTask(taskId: string): Promise<ProgressRow[]> {
  return db.progress.where('taskId').equals(taskId).toArray()
}

/**
 * One unit's progress rows, or every unit's when none is given, kept current as they change.
 *
 * Read whole through the primary key and filtered here, not through the unit index, as
 * observeFeedback does: a live query through an index notes every row's key to watch (a range tree
 * of thousands of keys, about a second for 20,000 on a slow phone), through the primary key only
 * the range. A staff phone holds little progress but its own unit's.
 */
export function observeProgress(unit: string | null): LiveRead<ProgressRow[]> {
  return live(async () => {
    const rows = await db.progress.toArray()
    return unit ? rows.filter(row => row.unit === unit) : rows
  })
}
