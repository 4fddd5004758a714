import type { CoversUnit } from '../../../../shared/plan/rollup'
import { countUnits, nameCoversUnit, sortUnits } from '../../../../shared/units'
import { pinyinRanks } from '../../../utils/pinyinOrder'

// The same few hundred names recur across 10,000 tasks; coverage of a name for a unit is
// decided once per plan issuer and remembered, so roll-ups and filters stay linear and fast.
const decidedByIssuer = new Map<string, Map<string, boolean>>()

/**
 * Whether a name (a unit or a group such as 各部门) covers the unit. Pass the plan's issuer:
 * in a bureau's own plan 各部门 means that bureau's sections, not the district's bureaus.
 */
export function nameCovers(name: string, unit: string, issuer?: string): boolean {
  let decided = decidedByIssuer.get(issuer ?? '')
  if (!decided) {
    decided = new Map()
    decidedByIssuer.set(issuer ?? '', decided)
  }
  const key = `${unit}\u0000${name}`
  let covers = decided.get(key)
  if (covers === undefined) {
    covers = nameCoversUnit(name, unit, issuer)
    decided.set(key, covers)
  }
  return covers
}

/** Whether any of these leads and owners is the unit, directly or as a group such as 各部门. */
export function namesCoverUnit(names: string[], unit: string, issuer?: string): boolean {
  return names.some(name => nameCovers(name, unit, issuer))
}

/** The issuer of a plan by its id, as the plan library knows it. */
export type IssuerOf = (planId: string) => string | undefined

/** Coverage that reads each task's names the way the task's own plan means them. */
export function coverageByPlan(issuerOf: IssuerOf): CoversUnit {
  return (names, unit, task) => namesCoverUnit(names, unit, issuerOf(task.planId))
}

/** Whether a task names the unit anywhere (lead or owner, of the task or of one of its items). */
export function taskNamesUnit(task: { planId: string, units: string[] }, unit: string, issuerOf: IssuerOf): boolean {
  return namesCoverUnit(task.units, unit, issuerOf(task.planId))
}

/**
 * Which of these units each name covers, for a roll-up over every unit at once: decided once per
 * name and plan issuer, then every task naming it is a list lookup instead of a check per unit.
 */
export function unitCoverageIndex(units: readonly string[]): (name: string, issuer: string | undefined) => readonly number[] {
  // Keyed by the very strings the task rows hold, not by a joined key: a string keeps its hash,
  // so looking the same name up again costs no hashing.
  const byIssuer = new Map<string | undefined, Map<string, number[]>>()
  return (name, issuer) => {
    let known = byIssuer.get(issuer)
    if (!known)
      byIssuer.set(issuer, known = new Map())
    let covered = known.get(name)
    if (!covered) {
      covered = []
      for (let i = 0; i < units.length; i++) {
        if (nameCovers(name, units[i], issuer))
          covered.push(i)
      }
      known.set(name, covered)
    }
    return covered
  }
}

/**
 * Concrete unit names (no 各部门-style groups), offices first, for pickers and filters.
 * Each distinct name is classified once, however many of the 10,000 tasks repeat it.
 */
export function unitChoicesOf(tasks: Array<{ units: string[] }>): string[] {
  const names = new Set<string>()
  for (const task of tasks) {
    for (const name of task.units)
      names.add(name)
  }
  const oneTaskPerName = [...names].map(name => ({ assignments: [{ leads: [name], owners: [] }], checklist: [] }))
  const units = countUnits([{ tasks: oneTaskPerName }])
  const ranks = pinyinRanks('units', units.map(unit => unit.name))
  return sortUnits(units, (a, b) => ranks.get(a)! - ranks.get(b)!).map(unit => unit.name)
}
