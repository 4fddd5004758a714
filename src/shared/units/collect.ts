// The concrete units the plans name, for a "which unit are you?" picker.
import type { PlanTask } from '../plan/types'
import { comparePinyin } from '../order'
import { unitNamesInTask } from './coverage'
import { isGenericGroup, unitKindOf, type UnitKind } from './kinds'
import { normalizeUnitName } from './normalize'

export interface CollectedUnit {
  name: string
  kind: UnitKind
  taskCount: number
}

// Offices coordinate the plan, so they come first; then bureaus, streets and towns, internal sections.
const kindOrder: UnitKind[] = ['office', 'department', 'street', 'section', 'other']

/** The units the plans name, each with the number of tasks naming it, in no particular order. */
export function countUnits(plans: ReadonlyArray<{ tasks: ReadonlyArray<Pick<PlanTask, 'assignments' | 'checklist'>> }>): CollectedUnit[] {
  const counts = new Map<string, number>()
  for (const plan of plans) {
    for (const task of plan.tasks) {
      const units = new Set(unitNamesInTask(task).filter(name => !isGenericGroup(name)).map(normalizeUnitName))
      for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1)
    }
  }
  return [...counts].map(([name, taskCount]) => ({ name, kind: unitKindOf(name), taskCount }))
}

/** Offices first, then by kind; within a kind by name, in pinyin order unless told otherwise. */
export function sortUnits(units: CollectedUnit[], compareNames: (a: string, b: string) => number = comparePinyin): CollectedUnit[] {
  return units.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || compareNames(a.name, b.name))
}

export function collectUnits(plans: ReadonlyArray<{ tasks: ReadonlyArray<Pick<PlanTask, 'assignments' | 'checklist'>> }>): CollectedUnit[] {
  return sortUnits(countUnits(plans))
}
