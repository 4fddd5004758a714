// The coordinator overview as plain functions of the data on the device (useOverview keeps them
// current): each unit's own progress on the tasks it leads or owns, the overdue tasks with the
// units behind on them, and each chapter's progress. One pass over the tasks, however many units.
import type { ProgressRow, TaskRow } from '../../../db/schema'
import { type Aggregate, chapterKey, coverageByPlan, type IssuerOf, statesOf, subjectScore, type SubjectState, type TaskProgress, taskProgress, unitCoverageIndex } from '../../plans'
import { checklistItemIdOf, targetIdOf } from '../../../../shared/plan/identity'
import { compareCodeUnits } from '../../../../shared/order'
import { isOverdue } from '../../../utils/dates'
import { UnitSet, UnitTotals } from './overviewTotals'

export interface ItemCounts {
  done: number
  partial: number
  total: number
}

export interface UnitProgress extends Aggregate {
  unit: string
  /** Checklist items and targets of the unit's tasks, by how far the unit got. */
  items: ItemCounts
  /** The unit's tasks past their due date that it has not finished. */
  overdue: number
}

export interface OverdueTask {
  task: TaskRow
  /** Units that lead or own the task and have not finished their part, in unit order. */
  behind: string[]
}

export interface ScopeProgress extends Aggregate {
  overdue: number
}

export interface Overview {
  /** Units with something to do in the tasks given, in the order of the unit list. */
  units: UnitProgress[]
  /** Most overdue first. */
  overdue: OverdueTask[]
  /** Chapters with something to do, keyed by chapterKey(planId, chapter); a task counts as the mean of its units' shares. */
  byChapter: Map<string, ScopeProgress>
  /** Every plan of the tasks given. */
  byPlan: Map<string, ScopeProgress>
  overall: ScopeProgress
}

export interface OverviewInput {
  tasks: readonly TaskRow[]
  /** Progress rows of every unit. */
  rows: readonly ProgressRow[]
  /** Known units in display order; units found only in progress rows are added after them. */
  units: readonly string[]
  issuerOf: IssuerOf
  today: string
}

const emptyScope = (): ScopeProgress => ({ share: 0, tasks: 0, doneTasks: 0, overdue: 0 })

/** Adds a task's share to a running mean, as the plans roll-up (plans/model/rollup.ts) does for one unit. */
function addTask(scope: ScopeProgress, share: number, overdue: boolean): void {
  scope.share = (scope.share * scope.tasks + share) / (scope.tasks + 1)
  scope.tasks++
  if (share === 1)
    scope.doneTasks++
  if (overdue)
    scope.overdue++
}

const byDue = (a: OverdueTask, b: OverdueTask) => compareCodeUnits(a.task.due ?? '', b.task.due ?? '') || compareCodeUnits(a.task.id, b.task.id)

type StatesOfTask = Map<string, Map<number, SubjectState>>

/**
 * Recorded states by task, then subject, then unit index: most tasks have none, and those are
 * skipped with one lookup instead of one per checklist item.
 */
function statesByTask(rows: readonly ProgressRow[], units: string[]): Map<string, StatesOfTask> {
  const indexOf = new Map(units.map((unit, i) => [unit, i]))
  const states = new Map<string, StatesOfTask>()
  for (const row of rows) {
    let i = indexOf.get(row.unit)
    if (i === undefined) {
      i = units.push(row.unit) - 1
      indexOf.set(row.unit, i)
    }
    let ofTask = states.get(row.taskId)
    if (!ofTask)
      states.set(row.taskId, ofTask = new Map())
    let bySubject = ofTask.get(row.subject)
    if (!bySubject)
      ofTask.set(row.subject, bySubject = new Map())
    bySubject.set(i, { status: row.status, count: row.count })
  }
  return states
}

const noStates: StatesOfTask = new Map()

export function overviewOf({ tasks, rows, units: listed, issuerOf, today }: OverviewInput): Overview {
  const units = [...listed]
  const states = statesByTask(rows, units)
  const totals = new UnitTotals(units.length)
  const coveredBy = unitCoverageIndex(units)
  const named = new UnitSet(units.length)
  const taskUnits = new UnitSet(units.length)
  const overdue: OverdueTask[] = []
  const byChapter = new Map<string, ScopeProgress>()
  const byPlan = new Map<string, ScopeProgress>()
  const overall = emptyScope()
  // Tasks come plan by plan and chapter by chapter: the issuer and the chapter's totals are
  // looked up again only when they change.
  let plan = null as { id: string, issuer: string | undefined, progress: ScopeProgress } | null
  let chapter = null as { number: number, progress: ScopeProgress } | null
  for (const task of tasks) {
    if (task.planId !== plan?.id) {
      plan = { id: task.planId, issuer: issuerOf(task.planId), progress: byPlan.get(task.planId) ?? emptyScope() }
      byPlan.set(task.planId, plan.progress)
      chapter = null
    }
    const issuer = plan.issuer
    taskUnits.collect(coveredBy, issuer, task.units)
    if (!taskUnits.size)
      continue
    totals.startTask()
    const { checklist, targets } = task
    const recorded = states.get(task.id) ?? noStates
    // Every concerned unit counts the subject; only the few that recorded something are scored.
    for (let j = 0; j < checklist.length; j++) {
      const item = checklist[j]
      const concerned = item.leads.length + item.owners.length > 0 ? named.collect(coveredBy, issuer, item.leads, item.owners) : taskUnits
      totals.countSubject(concerned)
      for (const [u, state] of (recorded.size && recorded.get(checklistItemIdOf(task.id, j))) || []) {
        if (concerned.has(u))
          totals.credit(u, subjectScore(task, 'item', j, state))
      }
    }
    for (let j = 0; j < targets.length; j++) {
      totals.countSubject(taskUnits)
      for (const [u, state] of (recorded.size && recorded.get(targetIdOf(task.id, j))) || []) {
        if (taskUnits.has(u))
          totals.credit(u, subjectScore(task, 'target', j, state))
      }
    }
    const finished = totals.finishTask(isOverdue(task.due, today))
    if (!finished)
      continue
    if (finished.behind.length)
      overdue.push({ task, behind: finished.behind.sort((a, b) => a - b).map(u => units[u]) })
    if (task.chapter !== chapter?.number) {
      const key = chapterKey(task.planId, task.chapter)
      chapter = { number: task.chapter, progress: byChapter.get(key) ?? emptyScope() }
      byChapter.set(key, chapter.progress)
    }
    const lagging = finished.behind.length > 0
    addTask(chapter.progress, finished.share, lagging)
    addTask(plan.progress, finished.share, lagging)
    addTask(overall, finished.share, lagging)
  }
  return { units: totals.progressOf(units), overdue: overdue.sort(byDue), byChapter, byPlan, overall }
}

export interface UnitTask {
  task: TaskRow
  progress: TaskProgress
  overdue: boolean
}

const rank = (entry: UnitTask) => (entry.overdue ? 0 : entry.progress.share === 1 ? 2 : 1)

/** One unit's tasks with its own progress on each: overdue first, then open, then done; by due date. */
export function tasksOfUnit(tasks: readonly TaskRow[], unit: string, rows: readonly ProgressRow[], issuerOf: IssuerOf, today: string): UnitTask[] {
  const states = statesOf(rows.filter(row => row.unit === unit))
  const covers = coverageByPlan(issuerOf)
  const out: UnitTask[] = []
  for (const task of tasks) {
    const progress = taskProgress(task, unit, states, covers)
    if (progress.share !== null)
      out.push({ task, progress, overdue: progress.share < 1 && isOverdue(task.due, today) })
  }
  return out.sort((a, b) => rank(a) - rank(b) || compareCodeUnits(a.task.due ?? '9999', b.task.due ?? '9999') || compareCodeUnits(a.task.id, b.task.id))
}
