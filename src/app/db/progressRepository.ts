import type { ProgressRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'

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
