import type { ProgressRecord } from '../../shared/records/progress'
import type { ProgressRow } from './schema'
import { progressDefaults, progressIdOf } from '../../shared/records/progressIdentity'
import { db } from './database'
import { live, type LiveRead } from './live'
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
}

/** Saves a change to one unit's progress on a checklist item or target, with its outbox entry. */
export function saveProgress(target: ProgressSubject, change: ProgressChange): Promise<ProgressWrite> {
  const id = progressIdOf(target.unit, target.subject)
  return transactWithOutbox([db.progress], async (enqueue) => {
    // The outbox entry does not depend on the row read: both go to IndexedDB side by side.
    const queued = enqueue('progress', id, 'patch', { ...target, ...change })
    // Awaited below; should the read fail first, the transaction aborts and reports that alone.
    queued.catch(() => undefined)
    const before = await db.progress.get(id)
    const after: ProgressRow = { ...progressDefaults, ...before, ...target, ...change, id }
    await Promise.all([db.progress.put(after), queued])
    return { before, after }
  })
}

export function progressOfTask(taskId: string): Promise<ProgressRow[]> {
  return db.progress.where('taskId').equals(taskId).toArray()
}

export function progressOfUnit(unit: string): Promise<ProgressRow[]> {
  return db.progress.where('unit').equals(unit).toArray()
}

/** One unit's progress rows, or every unit's when none is given, kept current as they change. */
export function observeProgress(unit: string | null): LiveRead<ProgressRow[]> {
  return live(() => unit ? progressOfUnit(unit) : db.progress.toArray())
}
