import type { PlanRow, TaskRow } from '../../../db/schema'
import type { Aggregate, TaskProgress, YearState } from '../../../../shared/plan/rollup'
import { computed } from 'vue'
import { type StatusFilter, usePlanFiltersStore } from '../stores/planFilters'
import { monthOf } from '../../../../shared/calendar'
import { pinyinRanks } from '../../../utils/pinyinOrder'
import { chapterKey } from '../../../../shared/plan/rollup'
import { useCoverage } from './useCoverage'
import { usePlanLibrary } from './usePlanLibrary'
import { useRollup } from './useRollup'
import { usePlanYears } from './usePlanYears'
import { useTaskSearch } from './useTaskSearch'

export type TreeRow
  = | { kind: 'year', key: string, year: number }
    | { kind: 'plan', key: string, plan: PlanRow, progress: Aggregate | undefined, expanded: boolean, shown: number, state: YearState | undefined }
    | { kind: 'chapter', key: string, title: string, chapter: number, progress: Aggregate | undefined, expanded: boolean, shown: number }
    | { kind: 'task', key: string, task: TaskRow }

/** Whether a task's progress (from the roll-up, which decided its alarm) passes the status filter. */
export function matchesStatus(status: StatusFilter, progress: TaskProgress | undefined): boolean {
  const share = progress?.share ?? null
  switch (status) {
    case 'all': return true
    case 'open': return share !== null && share < 1
    case 'todo': return share === 0
    case 'partial': return share !== null && share > 0 && share < 1
    case 'done': return share === 1
    case 'overdue': return progress?.alarm === 'overdue'
  }
}

const byPosition = (a: TaskRow, b: TaskRow) => a.chapter - b.chapter || a.item - b.item

/** Up to this many tasks shown, every chapter opens; beyond, chapters open folded with their counts, but the first. */
export const unfoldedTasks = 20

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
  const planYears = usePlanYears()
  const { today } = planYears
  const { coverage } = useCoverage()

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
    const { concerns } = coverage.value
    return (task: TaskRow): boolean => (!hits || hits.has(task.id))
      && (unit === null || concerns(task, unit))
      && (month === null || monthOf(task.due) === month)
      && matchesStatus(status, byTask.get(task.id))
  })

  // Reactive values are read once per rebuild, not once per task: 10,000 tracked reads cost more than the work.
  const rows = computed<TreeRow[]>(() => {
    const out: TreeRow[] = []
    const { year, active } = filters
    const folds = new Map(filters.folds)
    const isVisible = visible.value
    const groups = tasksByPlan.value
    const { byPlan, byChapter } = rollup.value
    const shownPlans = sortedPlans.value.filter(p => year === null || p.year === year)
      .map(plan => ({ plan, tasks: (groups.get(plan.id) ?? []).filter(isVisible) }))
      .filter(({ tasks }) => tasks.length || !active)
    // A short list (my unit's tasks, search hits, a status) opens whole; a long one opens on its
    // chapters with their counts, the first one unfolded, instead of a 10,000-pixel page.
    const total = shownPlans.reduce((n, { tasks }) => n + tasks.length, 0)
    const unfoldAll = total <= unfoldedTasks || Boolean(filters.query.trim()) || filters.status !== 'all'
    let firstChapter: string | null = null
    let lastYear: number | null = null
    for (const { plan, tasks } of shownPlans) {
      if (plan.year !== lastYear) {
        out.push({ kind: 'year', key: `y${plan.year}`, year: plan.year })
        lastYear = plan.year
      }
      const expanded = folds.get(plan.id) ?? true
      out.push({ kind: 'plan', key: plan.id, plan, progress: byPlan.get(plan.id), expanded, shown: tasks.length, state: planYears.stateOfPlan(plan.id) })
      firstChapter ??= tasks.length ? chapterKey(plan.id, tasks[0].chapter) : null
      if (expanded)
        pushChapters(out, plan.id, tasks, key => folds.get(key) ?? (unfoldAll || key === firstChapter), byChapter)
    }
    return out
  })

  function pushChapters(out: TreeRow[], planId: string, tasks: TaskRow[], isExpanded: (key: string) => boolean, byChapter: Map<string, Aggregate>) {
    for (let i = 0; i < tasks.length;) {
      const chapter = tasks[i].chapter
      let end = i
      while (end < tasks.length && tasks[end].chapter === chapter)
        end++
      const key = chapterKey(planId, chapter)
      const expanded = isExpanded(key)
      out.push({ kind: 'chapter', key, title: tasks[i].chapterTitle, chapter, progress: byChapter.get(key), expanded, shown: end - i })
      if (expanded) {
        for (let j = i; j < end; j++)
          out.push({ kind: 'task', key: tasks[j].id, task: tasks[j] })
      }
      i = end
    }
  }

  const shownTasks = computed(() => rows.value.reduce((n, row) => n + (row.kind === 'plan' ? row.shown : 0), 0))

  // The year it opens on shows as soon as that year is read; another year, or every year, once the whole library is.
  const ready = computed(() => library.ready.value || (library.yearReady.value && filters.year === planYears.focusYear.value))

  return { rows, shownTasks, today, ready, opened: library.yearReady }
}
