import { computed } from 'vue'
import { useSettingsStore } from '../stores/settings'
import { namesCoverUnit } from '../utils/unitCoverage'
import { rollUp } from '../utils/rollup'
import { sharedComposable } from './sharedComposable'
import { usePlanLibrary } from './usePlanLibrary'
import { useProgressStates } from './useProgressStates'

/** Progress of every task, chapter and plan for my unit, recomputed when a tick lands. */
export const useRollup = sharedComposable(() => {
  const settings = useSettingsStore()
  const library = usePlanLibrary()
  const progress = useProgressStates()
  const rollup = computed(() => rollUp(library.tasks.value, settings.myUnit, progress.states.value, namesCoverUnit))
  return { rollup }
})
