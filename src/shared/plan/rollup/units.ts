// Every unit's roll-up at once, for the coordinator overview (总览): each unit's own progress on
// the tasks it leads or owns, the overdue tasks with the units behind on them, and each chapter's
// progress. One pass over the tasks, however many units. A unit's row here is the very figure its
// own 首页 and 计划 show, since both come from the same subject scores and the same alarms.
import type { CoveredBy, CoversUnit, ProgressEntry, RollupTask } from './types'
import { type Aggregate, addToAggregate, chapterKey, emptyAggregate, statesOf, subjectDue, subjectScore, type SubjectState, type TaskProgress, taskProgress } from './progress'
import { type Alarm, alarmOf, alarmOfDue, type AlarmClock, shownDueOf } from './alarms'
import { earlierDue } from '../../calendar'
import { checklistItemIdOf, targetIdOf } from '../identity'
import { compareCodeUnits } from '../../order'
import { UnitSet, UnitTotals } from './unitTotals'

export interface ItemCounts {
  done: number
  partial: number
  total: number
}

export interface UnitProgress extends Aggregate {
  unit: string
  /** Checklist items and targets of the unit's tasks, by how far the unit got. */
  items: ItemCounts
}

export interface OverdueTask<T extends RollupTask = RollupTask> {
  task: T
  /** Units that lead or own the task and have not finished their part, in unit order. */
  behind: string[]
  /** The earliest deadline passed of what a unit behind has not finished: the task's, or an item's before it. */
  since: string
}

/** A chapter, plan or the whole scope: a task counts as the mean of its units' shares, and as overdue when any unit is behind. */
export type ScopeProgress = Aggregate

export interface Overview<T extends RollupTask = RollupTask> {
  /** Units with something to do in the tasks given, in the order of the unit list. */
  units: UnitProgress[]
  /** Most overdue first. */
  overdue: Array<OverdueTask<T>>
  /** Chapters with something to do, keyed by chapterKey(planId, chapter); a task counts as the mean of its units' shares. */
  byChapter: Map<string, ScopeProgress>
  /** Every plan of the tasks given. */
  byPlan: Map<string, ScopeProgress>
  overall: ScopeProgress
}

export interface OverviewInput<T extends RollupTask> {
  tasks: readonly T[]
  /** Progress rows of every unit. */
  rows: readonly ProgressEntry[]
  /** Known units in display order; units found only in progress rows are added after them. */
  units: readonly string[]
  issuerOf: (planId: string) => string | undefined
  /** Which of the units a name covers; built for the final unit list (known units, then those found in rows). */
  coverageIndex: (units: readonly string[]) => CoveredBy
  clock: AlarmClock
}

const emptyScope = emptyAggregate

const byDue = <T extends RollupTask>(a: OverdueTask<T>, b: OverdueTask<T>) => compareCodeUnits(a.since, b.since) || compareCodeUnits(a.task.id, b.task.id)

type StatesOfTask = Map<string, Map<number, SubjectState>>

/**
 * Recorded states by task, then subject, then unit index: most tasks have none, and those are
 * skipped with one lookup instead of one per checklist item.
 */
function statesByTask(rows: readonly ProgressEntry[], units: string[]): Map<string, StatesOfTask> {
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

/**
 * Counts one subject for the units it concerns and credits those that recorded something; when its
 * deadline has passed or is near (against `clock`, null in an archived year) it is overdue or due soon
 * for each concerned unit that has not finished it. Returns a passed deadline some concerned unit has
 * not met, else null.
 */
function countSubject(totals: UnitTotals, task: RollupTask, concerned: UnitSet, kind: 'item' | 'target', index: number, states: Map<number, SubjectState> | undefined, clock: AlarmClock | null): string | null {
  totals.countSubject(concerned)
  const due = clock === null ? null : subjectDue(task, kind, index)
  const alarm = clock === null ? null : alarmOfDue(due, clock.today)
  if (alarm)
    totals.markAlarmed(concerned, alarm)
  let finished = 0
  if (states) {
    for (const [u, state] of states) {
      if (!concerned.has(u))
        continue
      const score = subjectScore(task, kind, index, state)
      totals.credit(u, score)
      if (alarm && score === 1) {
        totals.finishAlarmed(u, alarm)
        finished++
      }
    }
  }
  return alarm === 'overdue' && finished < concerned.size ? due : null
}

export function overviewOf<T extends RollupTask>({ tasks, rows, units: listed, issuerOf, coverageIndex, clock }: OverviewInput<T>): Overview<T> {
  const units = [...listed]
  const states = statesByTask(rows, units)
  const totals = new UnitTotals(units.length)
  const coveredBy = coverageIndex(units)
  const named = new UnitSet(units.length)
  const taskUnits = new UnitSet(units.length)
  const overdue: Array<OverdueTask<T>> = []
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
    // A subject past or near its deadline alarms each concerned unit until it finishes it: the rule
    // a unit's own roll-up applies (alarmOf with TaskProgress.openDue). None in an archived year.
    const alarmClock = clock.archived(task.planId) ? null : clock
    // The earliest deadline passed of a subject some concerned unit has not finished.
    let since: string | null = null
    // Every concerned unit counts the subject; only the few that recorded something are scored.
    for (let j = 0; j < checklist.length; j++) {
      const item = checklist[j]
      const concerned = item.leads.length + item.owners.length > 0 ? named.collect(coveredBy, issuer, item.leads, item.owners) : taskUnits
      since = earlierDue(since, countSubject(totals, task, concerned, 'item', j, recorded.size ? recorded.get(checklistItemIdOf(task.id, j)) : undefined, alarmClock))
    }
    for (let j = 0; j < targets.length; j++) {
      since = earlierDue(since, countSubject(totals, task, taskUnits, 'target', j, recorded.size ? recorded.get(targetIdOf(task.id, j)) : undefined, alarmClock))
    }
    const finished = totals.finishTask()
    if (!finished)
      continue
    if (finished.behind.length)
      overdue.push({ task, behind: finished.behind.sort((a, b) => a - b).map(u => units[u]), since: since! })
    if (task.chapter !== chapter?.number) {
      const key = chapterKey(task.planId, task.chapter)
      chapter = { number: task.chapter, progress: byChapter.get(key) ?? emptyScope() }
      byChapter.set(key, chapter.progress)
    }
    // A scope counts a task overdue when any unit is behind on it, due soon when any unit has a part of it due soon open.
    const alarm: Alarm = finished.behind.length ? 'overdue' : finished.soon ? 'dueSoon' : null
    addToAggregate(chapter.progress, finished.share, alarm)
    addToAggregate(plan.progress, finished.share, alarm)
    addToAggregate(overall, finished.share, alarm)
  }
  return { units: totals.progressOf(units), overdue: overdue.sort(byDue), byChapter, byPlan, overall }
}

export interface UnitTask<T extends RollupTask = RollupTask> {
  task: T
  progress: TaskProgress
  overdue: boolean
}

const rank = (entry: UnitTask<RollupTask>) => (entry.overdue ? 0 : entry.progress.share === 1 ? 2 : 1)

const shownDue = (entry: UnitTask<RollupTask>) => shownDueOf(entry.task, entry.progress) ?? '9999'

/**
 * One unit's tasks with its own progress on each: overdue first, then open, then done; by the date
 * each row shows (an alarmed task's earliest open deadline, as on 计划 and 首页).
 */
export function tasksOfUnit<T extends RollupTask>(tasks: readonly T[], unit: string, rows: readonly ProgressEntry[], covers: CoversUnit, clock: AlarmClock): Array<UnitTask<T>> {
  const states = statesOf(rows.filter(row => row.unit === unit))
  const out: Array<UnitTask<T>> = []
  for (const task of tasks) {
    const progress = taskProgress(task, unit, states, covers)
    if (progress.share !== null) {
      progress.alarm = alarmOf(task, progress, clock)
      out.push({ task, progress, overdue: progress.alarm === 'overdue' })
    }
  }
  return out.sort((a, b) => rank(a) - rank(b) || compareCodeUnits(shownDue(a), shownDue(b)) || compareCodeUnits(a.task.id, b.task.id))
}
