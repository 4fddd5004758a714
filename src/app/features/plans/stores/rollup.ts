import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { useSettingsStore } from '../../../stores/settings'
import { rollUp } from '../../../../shared/plan/rollup'
import { useCoverage } from '../composables/useCoverage'
import { usePlanLibrary } from '../composables/usePlanLibrary'
import { usePlanYears } from '../composables/usePlanYears'
import { useProgressStates } from '../composables/useProgressStates'

/**
 * Progress and alarms of every task, chapter, plan and year for my unit, recomputed when a tick
 * lands: the one roll-up 首页 and 计划 read their figures from (总览 runs the same maths for every unit).
 */
export const useRollupStore = defineStore('rollup', () => {
  const settings = useSettingsStore()
  const library = usePlanLibrary()
  const progress = useProgressStates()
  const { clock } = usePlanYears()
  const { coverage } = useCoverage()
  // The coverage reads the plans once per roll-up, not once per task: 10,000 tracked reads cost more than the work.
  const rollup = computed(() => rollUp(library.tasks.value, settings.myUnit, progress.states.value, coverage.value.covers, clock.value))
  return { rollup }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useRollupStore, import.meta.hot))
