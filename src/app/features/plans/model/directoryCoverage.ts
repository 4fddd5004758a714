// "Does this task concern this unit" through the unit directory: each plan's names resolve to
// node ids the way that plan means them (its unitMap, its generic groups expanded within its
// owner's organization only), so 各部门 of a district bureau's plan never covers a city 处.
import type { CoveredBy, CoversUnit } from '../../../../shared/plan/rollup'
import type { Directory } from '../../../../shared/units/directory/tree'
import { planUnitResolver, type PlanUnitsSource } from '../../../../shared/units/directory/planUnits'

type Resolve = (name: string) => readonly string[]
export type ResolverOf = (planId: string) => Resolve

const nothing: Resolve = () => []

/** One resolver per plan, made when first asked (a resolver remembers every name it answered). */
export function planResolvers(directory: Directory, planById: ReadonlyMap<string, Pick<PlanUnitsSource, 'issuer' | 'owner' | 'unitMap'>>): ResolverOf {
  const made = new Map<string, Resolve>()
  return (planId) => {
    let resolve = made.get(planId)
    if (!resolve) {
      const plan = planById.get(planId)
      resolve = plan ? planUnitResolver(directory, plan) : nothing
      made.set(planId, resolve)
    }
    return resolve
  }
}

/** Roll-up coverage: whether any of these names, as the task's plan means them, is the unit (a node id). */
export function directoryCoverage(resolverOf: ResolverOf): CoversUnit {
  return (names, unit, task) => {
    const resolve = resolverOf(task.planId)
    return names.some(name => resolve(name).includes(unit))
  }
}

/** Whether a task names the unit anywhere (lead or owner, of the task or of one of its items). */
export function taskConcernsUnit(task: { planId: string, units: string[] }, unit: string, resolverOf: ResolverOf): boolean {
  return directoryCoverage(resolverOf)(task.units, unit, task)
}

/**
 * For the overview's roll-up over every unit at once: which of the units a name covers. The
 * overview keys names by what its `issuerOf` returns; with the directory that is the plan id
 * (pass `planId => planId`), since two plans of one issuer may map a name differently.
 */
export function directoryCoverageIndex(resolverOf: ResolverOf): (units: readonly string[]) => CoveredBy {
  return (units) => {
    const indexOf = new Map(units.map((unit, i) => [unit, i]))
    const byPlan = new Map<string | undefined, Map<string, number[]>>()
    return (name, planId) => {
      let known = byPlan.get(planId)
      if (!known)
        byPlan.set(planId, known = new Map())
      let covered = known.get(name)
      if (!covered) {
        covered = planId === undefined ? [] : resolverOf(planId)(name).map(id => indexOf.get(id)).filter((i): i is number => i !== undefined)
        known.set(name, covered)
      }
      return covered
    }
  }
}
