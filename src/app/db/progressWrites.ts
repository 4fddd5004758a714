// A tick's write, apart from the progress reads: the reads are on the first screen, the write and
// the transactions past Dexie it uses (the writer worker, nativeOutboxWrite.ts) come with the task screen.
import type { ProgressRecord } from '../../shared/records/progress'
import type { ProgressRow } from './schema'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import type { SeenRow } from './nativeOutboxWrite'
import { transactWithOutbox } from './outbox'
import type { RecordMutation } from './outboxRow'
import { type RowRecipe, rowFromRecipe } from './recordOutboxTransaction'
import { startWriterWorker, writePastDexie } from './writerWorker'

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
  const recipe: RowRecipe = { defaults: progressDefaults, fields: { ...target, ...change, id } }
  const mutation: RecordMutation = { entity: 'progress', id, op: 'patch', data: { ...target, ...change } }
  // A tick is the write that must be quickest (issue 13): IndexedDB's own transaction, past Dexie,
  // off the main thread where the worker is ready.
  const native = await writePastDexie(db, 'progress', mutation, recipe, seen)
  if (native)
    return { before: native.before, after: native.after, durableAt: native.committedAt }
  const write = await transactWithOutbox([db.progress], async (enqueue) => {
    // The outbox entry does not depend on the row read: both go to IndexedDB side by side.
    const queued = enqueue('progress', id, 'patch', mutation.data)
    // Awaited below; should the read fail first, the transaction aborts and reports that alone.
    queued.catch(() => undefined)
    const before = await db.progress.get(id)
    const after = rowFromRecipe(recipe, before) as unknown as ProgressRow
    await Promise.all([db.progress.put(after), queued])
    return { before, after }
  })
  return { ...write, durableAt: performance.now() }
}

/** Before the first tick of a screen that ticks: the writer worker opens the database meanwhile. */
export function prepareProgressWrites(): void {
  startWriterWorker(db)
}
