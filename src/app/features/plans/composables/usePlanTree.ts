import type { PlanRow, TaskRow } from '../../../db/schema'
import type { Aggregate, TaskProgress } from '../model/rollup'
import { computed } from 'vue'
import { type StatusFilter, usePlanFiltersStore } from '../stores/planFilters'
import { dueMonth, isOverdue, todayIso } from '../../../utils/dates'
import { pinyinRanks } from '../../../utils/pinyinOrder'
import { chapterKey } from '../model/rollup'
import { taskNamesUnit } from '../model/unitCoverage'
import { usePlanLibrary } from './usePlanLibrary'
import { useRollup } from './useRollup'
import { useTaskSearch } from './useTaskSearch'

export type TreeRow
  = | { kind: 'year', key: string, year: number }
    | { kind: 'plan', key: string, plan: PlanRow, progress: Aggregate | undefined, expanded: boolean, shown: number }
    | { kind: 'chapter', key: string, title: string, chapter: number, progress: Aggregate | undefined, expanded: boolean, shown: number }
    | { kind: 'task', key: string, task: TaskRow }

export function matchesStatus(status: StatusFilter, progress: TaskProgress | undefined, due: string | null, today: string): boolean {
  const share = progress?.share ?? null
  switch (status) {
    case 'all': return true
    case 'open': return share !== null && share < 1
    case 'todo': return share === 0
    case 'partial': return share !== null && share > 0 && share < 1
    case 'done': return share === 1
    case 'overdue': return share !== null && share < 1 && isOverdue(due, today)
  }
}

const byPosition = (a: TaskRow, b: TaskRow) => a.chapter - b.chapter || a.item - b.item

/** Newest year first, then by issuer and title in pinyin order. */
function sortPlans(plans: PlanRow[]): PlanRow[] {
  const ranks = pinyinRanks('plans', plans.flatMap(plan => [plan.issuer, plan.title]))
  return plans.sort((a, b) => b.year - a.year || ranks.get(a.issuer)! - ranks.get(b.issuer)! || ranks.get(a.title)! - ranks.get(b.title)!)
}

/** The 计划 screen as flat rows: year → plan → chapter → task, filtered, searched and folded. */
export function usePlanTree() {
  const library = usePlanLibrary()
  const filters = usePlanFiltersStore()
  const { rollup } = useRollup()
  const { search } = useTaskSearch()
  const today = todayIso()

  const tasksByPlan = computed(() => {
    const groups = new Map<string, TaskRow[]>()
    for (const task of library.tasks.value) {
      const group = groups.get(task.planId)
      if (group)
        group.push(task)
      else
        groups.set(task.planId, [task])
    }
    for (const group of groups.values())
      group.sort(byPosition)
    return groups
  })

  const sortedPlans = computed(() => sortPlans([...library.plans.value]))
  const searchHits = computed(() => search(filters.query))

  const visible = computed(() => {
    const hits = searchHits.value
    const { unit, month, status } = filters
    const byTask = rollup.value.byTask
    const planById = library.planById.value
    const issuerOf = (planId: string) => planById.get(planId)?.issuer
    return (task: TaskRow): boolean => (!hits || hits.has(task.id))
      && (unit === null || taskNamesUnit(task, unit, issuerOf))
      && (month === null || dueMonth(task.due) === month)
      && matchesStatus(status, byTask.get(task.id), task.due, today)
  })

  // Reactive values are read once per rebuild, not once per task: 10,000 tracked reads cost more than the work.
  const rows = computed<TreeRow[]>(() => {
    const out: TreeRow[] = []
    const { year, active } = filters
    const collapsed = new Set(filters.collapsed)
    const isVisible = visible.value
    const groups = tasksByPlan.value
    const { byPlan, byChapter } = rollup.value
    const plans = sortedPlans.value.filter(p => year === null || p.year === year)
    let lastYear: number | null = null
    for (const plan of plans) {
      const tasks = (groups.get(plan.id) ?? []).filter(isVisible)
      if (!tasks.length && active)
        continue
      if (plan.year !== lastYear) {
        out.push({ kind: 'year', key: `y${plan.year}`, year: plan.year })
        lastYear = plan.year
      }
      const expanded = !collapsed.has(plan.id)
      out.push({ kind: 'plan', key: plan.id, plan, progress: byPlan.get(plan.id), expanded, shown: tasks.length })
      if (expanded)
        pushChapters(out, plan.id, tasks, collapsed, byChapter)
    }
    return out
  })

  function pushChapters(out: TreeRow[], planId: string, tasks: TaskRow[], collapsed: Set<string>, byChapter: Map<string, Aggregate>) {
    for (let i = 0; i < tasks.length;) {
      const chapter = tasks[i].chapter
      let end = i
      while (end < tasks.length && tasks[end].chapter === chapter)
        end++
      const key = chapterKey(planId, chapter)
      const expanded = !collapsed.has(key)
      out.push({ kind: 'chapter', key, title: tasks[i].chapterTitle, chapter, progress: byChapter.get(key), expanded, shown: end - i })
      if (expanded) {
        for (let j = i; j < end; j++)
          out.push({ kind: 'task', key: tasks[j].id, task: tasks[j] })
      }
      i = end
    }
  }

  const shownTasks = computed(() => rows.value.reduce((n, row) => n + (row.kind === 'plan' ? row.shown : 0), 0))

  return { rows, shownTasks, today, ready: library.ready }
}
