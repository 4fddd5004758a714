import { computed } from 'vue'
import { useSettingsStore } from '../../../stores/settings'
import { coverageByPlan } from '../model/unitCoverage'
import { rollUp } from '../model/rollup'
import { sharedComposable } from '../../../composables/sharedComposable'
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
