import { acceptHMRUpdate, defineStore } from 'pinia'
import type { AlarmClock, YearState } from '../../../../shared/plan/rollup'
import { computed } from 'vue'
import { shanghaiToday } from '../../../../shared/calendar'
import { yearStateOf } from '../../../../shared/plan/rollup'
import { usePlanLibrary } from '../composables/usePlanLibrary'

/**
 * Which year is current (Shanghai's, read when the app starts) and which plans are archived:
 * the year every screen opens on, and the clock every roll-up judges overdue and due soon by.
 */
export const usePlanYearsStore = defineStore('planYears', () => {
  const library = usePlanLibrary()
  const today = shanghaiToday()
  const currentYear = Number(today.slice(0, 4))

  /** Years with a plan on the device, newest first. */
  const years = computed(() => [...new Set(library.plans.value.map(plan => plan.year))].sort((a, b) => b - a))
  const hasCurrentPlan = computed(() => years.value.includes(currentYear))
  /** The newest past year with a plan: the history 首页 shows while this year's plan is not in. */
  const lastPastYear = computed(() => years.value.find(year => year < currentYear) ?? null)
  /** The year screens open on: this year, or while it has no plan the latest year before it. */
  const focusYear = computed(() => hasCurrentPlan.value ? currentYear : lastPastYear.value ?? years.value.at(-1) ?? currentYear)

  const stateByPlan = computed(() => new Map(library.plans.value.map(plan => [plan.id, yearStateOf(plan, currentYear)])))
  const stateOfPlan = (planId: string): YearState | undefined => stateByPlan.value.get(planId)
  const isPlanArchived = (planId: string) => stateByPlan.value.get(planId) === 'archived'
  /** Whether every plan of the year is archived (a year of several plans may have one reopened). */
  const isYearArchived = (year: number) => library.plans.value.some(plan => plan.year === year)
    && library.plans.value.every(plan => plan.year !== year || stateByPlan.value.get(plan.id) === 'archived')

  const clock = computed<AlarmClock>(() => {
    const states = stateByPlan.value
    return { today, archived: planId => states.get(planId) === 'archived' }
  })

  return { today, currentYear, years, hasCurrentPlan, lastPastYear, focusYear, stateOfPlan, isPlanArchived, isYearArchived, clock }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePlanYearsStore, import.meta.hot))
