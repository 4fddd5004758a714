import type { TaskRow } from '../../../db/schema'
import type { Aggregate, YearState } from '../../../../shared/plan/rollup'
import { computed } from 'vue'
import { compareCodeUnits } from '../../../../shared/order'
import { dueSoonDays, emptyAggregate, shownDueOf } from '../../../../shared/plan/rollup'
import { usePlanLibrary, usePlanYears, useRollup } from '../../plans'

/**
 * 首页: my unit's year. The current year (Shanghai's) when its plan is in; otherwise the latest
 * past year as history, with the word that this year's plan is missing. Every figure is the
 * roll-up's (the same 计划 and 总览 show), and an archived year raises no overdue or due-soon alarm.
 */
export function useMyTasks() {
  const library = usePlanLibrary()
  const planYears = usePlanYears()
  const { rollup } = useRollup()
  const { today, currentYear } = planYears

  /** The year shown: this year, or while its plan is missing the latest year before it. */
  const year = computed(() => planYears.focusYear.value)
  /** This year, when no plan of it is on the device yet. */
  const missingYear = computed(() => planYears.hasCurrentPlan.value ? null : currentYear)
  /** 'current', or for a past year 'archived' (final figures) or 'reopened' by a coordinator. */
  const yearState = computed<YearState>(() => {
    if (year.value === currentYear)
      return 'current'
    if (year.value > currentYear)
      return 'future'
    return planYears.isYearArchived(year.value) ? 'archived' : 'reopened'
  })
  const hasPlans = computed(() => library.plans.value.some(plan => plan.year === year.value))

  const yearProgress = computed<Aggregate>(() => rollup.value.byYear.get(year.value) ?? emptyAggregate())

  // Soonest first by the date each row shows (shownDueOf).
  const shownDue = (task: TaskRow) => shownDueOf(task, rollup.value.byTask.get(task.id)) ?? ''
  const alarmed = (alarm: 'overdue' | 'dueSoon') => library.tasks.value
    .filter(task => task.year === year.value && rollup.value.byTask.get(task.id)?.alarm === alarm)
    .sort((a, b) => compareCodeUnits(shownDue(a), shownDue(b)) || compareCodeUnits(a.id, b.id))
  const overdue = computed(() => alarmed('overdue'))
  const dueSoon = computed(() => alarmed('dueSoon'))
  /** An archived year's tasks are history: no overdue or due-soon lists for it. */
  const alarmsShown = computed(() => hasPlans.value && yearState.value !== 'archived')

  return { year, missingYear, yearState, hasPlans, overdue, dueSoon, alarmsShown, yearProgress, dueSoonDays, today, ready: library.yearReady }
}
