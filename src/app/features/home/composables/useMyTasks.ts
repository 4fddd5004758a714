import type { TaskRow } from '../../../db/schema'
import { computed } from 'vue'
import { compareCodeUnits } from '../../../../shared/order'
import { useSettingsStore } from '../../../stores/settings'
import { isDueWithin, isOverdue, todayIso } from '../../../utils/dates'
import { taskNamesUnit, usePlanLibrary, useRollup } from '../../plans'

const dueSoonDays = 30

/** The year on the first screen: this year if a plan covers it, else the latest plan year. */
function focusYearOf(years: number[], thisYear: number): number {
  if (years.includes(thisYear))
    return thisYear
  return years.length ? Math.max(...years) : thisYear
}

const byDue = (a: TaskRow, b: TaskRow) => compareCodeUnits(a.due ?? '', b.due ?? '') || compareCodeUnits(a.id, b.id)

/** 首页: my unit's open tasks that are overdue or due soon, and the year's progress. */
export function useMyTasks() {
  const settings = useSettingsStore()
  const library = usePlanLibrary()
  const { rollup } = useRollup()
  const today = todayIso()

  const year = computed(() => focusYearOf([...new Set(library.plans.value.map(p => p.year))], new Date().getFullYear()))

  const mine = computed(() => {
    const unit = settings.myUnit
    const planById = library.planById.value
    const issuerOf = (planId: string) => planById.get(planId)?.issuer
    return library.tasks.value.filter(task => task.year === year.value && (unit === null || taskNamesUnit(task, unit, issuerOf)))
  })

  const open = computed(() => mine.value.filter((task) => {
    const share = rollup.value.byTask.get(task.id)?.share
    return share !== 1 && share !== null
  }))

  const overdue = computed(() => open.value.filter(task => isOverdue(task.due, today)).sort(byDue))
  const dueSoon = computed(() => open.value.filter(task => isDueWithin(task.due, today, dueSoonDays)).sort(byDue))

  const yearProgress = computed(() => {
    let share = 0
    let tasks = 0
    let doneTasks = 0
    for (const task of mine.value) {
      const progress = rollup.value.byTask.get(task.id)
      if (!progress || progress.share === null)
        continue
      share += progress.share
      tasks++
      if (progress.share === 1)
        doneTasks++
    }
    return { share: tasks ? share / tasks : 0, tasks, doneTasks }
  })

  return { year, overdue, dueSoon, yearProgress, dueSoonDays, today, ready: library.ready }
}
