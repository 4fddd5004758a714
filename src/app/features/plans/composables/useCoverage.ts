import type { CoveredBy, CoversUnit } from '../../../../shared/plan/rollup'
import { computed } from 'vue'
import { useDirectory } from '../../directory'
import { directoryCoverage, directoryCoverageIndex, planResolvers, taskConcernsUnit } from '../model/directoryCoverage'
import { coverageByPlan, taskNamesUnit, unitCoverageIndex } from '../model/unitCoverage'
import { usePlanLibrary } from './usePlanLibrary'

export interface Coverage {
  /** Whether a task's names (as its plan means them) cover a unit. */
  covers: CoversUnit
  /** Whether a task names the unit anywhere. */
  concerns: (task: { planId: string, units: string[] }, unit: string) => boolean
  /** For overviewOf: the key names are resolved by (the issuer by name, the plan with the directory) … */
  keyOf: (planId: string) => string | undefined
  /** … and which of a list of units each name covers under that key. */
  coverageIndex: (units: readonly string[]) => CoveredBy
}

/**
 * Which units a task concerns, the one way every screen asks it: through the unit directory once
 * the device holds it (units are node ids, groups expand within the plan owner's organization);
 * before that, by unit names as the plans write them.
 */
export function useCoverage() {
  const library = usePlanLibrary()
  const { directory, organizationId } = useDirectory()
  const coverage = computed<Coverage>(() => {
    const planById = library.planById.value
    if (organizationId.value && directory.value.nodes.has(organizationId.value)) {
      const resolverOf = planResolvers(directory.value, planById)
      return {
        covers: directoryCoverage(resolverOf),
        concerns: (task, unit) => taskConcernsUnit(task, unit, resolverOf),
        keyOf: planId => planId,
        coverageIndex: directoryCoverageIndex(resolverOf),
      }
    }
    const issuerOf = (planId: string) => planById.get(planId)?.issuer
    return {
      covers: coverageByPlan(issuerOf),
      concerns: (task, unit) => taskNamesUnit(task, unit, issuerOf),
      keyOf: issuerOf,
      coverageIndex: unitCoverageIndex,
    }
  })
  return { coverage }
}
