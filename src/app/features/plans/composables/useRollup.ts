import { computed } from 'vue'
import { useSettingsStore } from '../../../stores/settings'
import { rollUp } from '../../../../shared/plan/rollup'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useCoverage } from './useCoverage'
import { usePlanLibrary } from './usePlanLibrary'
import { usePlanYears } from './usePlanYears'
import { useProgressStates } from './useProgressStates'

/**
 * Progress and alarms of every task, chapter, plan and year for my unit, recomputed when a tick
 * lands: the one roll-up 首页 and 计划 read their figures from (总览 runs the same maths for every unit).
 */
export const useRollup = sharedComposable(() => {
  const settings = useSettingsStore()
  const library = usePlanLibrary()
  const progress = useProgressStates()
  const { clock } = usePlanYears()
  const { coverage } = useCoverage()
  // The coverage reads the plans once per roll-up, not once per task: 10,000 tracked reads cost more than the work.
  const rollup = computed(() => rollUp(library.tasks.value, settings.myUnit, progress.states.value, coverage.value.covers, clock.value))
  return { rollup }
})
