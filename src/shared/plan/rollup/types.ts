// What a roll-up reads: a plan's task as the screens hold it, and one unit's recorded state of a
// checklist item or target. Structural, so the device's rows and the server's records both fit.
import type { ProgressStatus } from '../../records/progressIdentity'
import type { PlanTask } from '../types'

export interface RollupTask extends PlanTask {
  id: string
  planId: string
  year: number
  /** Every unit named as lead or owner anywhere in the task. */
  units: string[]
}

export interface ProgressEntry {
  unit: string
  taskId: string
  subject: string
  status: ProgressStatus
  count: number
}

/**
 * Whether a list of unit names (leads and owners) of a task includes the unit, directly or as a
 * generic group; the task tells whose plan it is, since the plan's issuer decides whom 各部门 means.
 * Supplied by the caller: how names match units is the unit directory's business, not the roll-up's.
 */
export type CoversUnit = (names: string[], unit: string, task: Pick<RollupTask, 'planId'>) => boolean

/** The indexes of the units (in a list given beforehand) that a name covers in a plan of this issuer. */
export type CoveredBy = (name: string, issuer: string | undefined) => readonly number[]
