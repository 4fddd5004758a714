// Apart from progressRepository, which the first screen loads: only a task's screen reads this.
import type { ProgressRow } from './schema'
import { live, type LiveRead } from './live'
import { progressOfTask } from './progressRepository'

/**
 * One unit's progress on one task, kept current: a coordinator's look at another unit's task
 * (from 总览). Through the task index, which holds a few rows per unit: the whole table, which a
 * coordinator's phone holds for every unit, is not read for one task.
 */
export function observeUnitTaskProgress(unit: string, taskId: string): LiveRead<ProgressRow[]> {
  return live(async () => (await progressOfTask(taskId)).filter(row => row.unit === unit))
}
