// Whether a task is a given unit's business, as lead or as owner, directly or through a group.
import type { Assignment, ChecklistItem, PlanTask } from '../plan/types'
import { groupCovers } from './groups'
import { sameUnit } from './normalize'
import { planScopeOf } from './scope'

export interface UnitCoverage {
  lead: boolean
  owner: boolean
}

// Permission checks ask about the same few hundred names again and again: remember answers.
const decided = new Map<string, boolean>()
const mostRemembered = 20_000

/**
 * A unit is named by a name when it is that unit (or an alias of it) or a group that covers it.
 * Pass the plan's issuer where it is known: it decides whom 各部门 means (see groupCovers).
 */
export function nameCoversUnit(name: string, unit: string, issuer?: string): boolean {
  const key = `${name}\u0000${unit}\u0000${planScopeOf(issuer)}`
  let covers = decided.get(key)
  if (covers === undefined) {
    covers = sameUnit(name, unit) || groupCovers(name, unit, issuer)
    if (decided.size >= mostRemembered) decided.clear()
    decided.set(key, covers)
  }
  return covers
}

function unitGroupsOf(task: Pick<PlanTask, 'assignments' | 'checklist'>): Array<Pick<Assignment | ChecklistItem, 'leads' | 'owners'>> {
  return [...task.assignments, ...task.checklist]
}

/** Whether the unit leads or owns the task; `issuer` (the plan's) narrows 各部门 as above. */
export function taskCoversUnit(task: Pick<PlanTask, 'assignments' | 'checklist'>, unit: string, issuer?: string): UnitCoverage {
  const coverage: UnitCoverage = { lead: false, owner: false }
  for (const group of unitGroupsOf(task)) {
    if (!coverage.lead) coverage.lead = group.leads.some(name => nameCoversUnit(name, unit, issuer))
    if (!coverage.owner) coverage.owner = group.owners.some(name => nameCoversUnit(name, unit, issuer))
  }
  return coverage
}

/** Every unit name a task mentions, leads and owners, in first-seen order. */
export function unitNamesInTask(task: Pick<PlanTask, 'assignments' | 'checklist'>): string[] {
  return [...new Set(unitGroupsOf(task).flatMap(group => [...group.leads, ...group.owners]))]
}
