import { computed } from 'vue'
import { useSettingsStore } from '../stores/settings'
import { coverageByPlan } from '../utils/unitCoverage'
import { rollUp } from '../utils/rollup'
import { sharedComposable } from './sharedComposable'
import { usePlanLibrary } from './usePlanLibrary'
import { useProgressStates } from './useProgressStates'

/** Progress of every task, chapter and plan for my unit, recomputed when a tick lands. */
export const useRollup = sharedComposable(() => {
  const settings = useSettingsStore()
  const library = usePlanLibrary()
  const progress = useProgressStates()
  // The plans are read once per roll-up, not once per task: 10,000 tracked reads cost more than the work.
  const rollup = computed(() => {
    const planById = library.planById.value
    return rollUp(library.tasks.value, settings.myUnit, progress.states.value, coverageByPlan(planId => planById.get(planId)?.issuer))
  })
  return { rollup }
})
