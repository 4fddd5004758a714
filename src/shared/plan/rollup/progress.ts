// Progress rolls up from checklist items and targets to task, chapter, plan and unit.
// A task's share is the mean of its subjects; chapters, plans and the unit average their tasks,
// so a task with a 30-row breakdown table does not outweigh ten one-line tasks.
import type { ProgressStatus } from '../../records/progressIdentity'
import type { CoversUnit, RollupTask } from './types'
import { type Alarm, alarmOf, type AlarmClock, quietClock } from './alarms'
import { earlierDue } from '../../calendar'
import { checklistItemIdOf, targetIdOf } from '../identity'

export interface SubjectState {
  status: ProgressStatus
  count: number
}

export interface Subject {
  id: string
  kind: 'item' | 'target'
  index: number
}

export interface TaskProgress {
  /** 0..1, or null when the task has nothing this unit can tick. */
  share: number | null
  done: number
  total: number
  /**
   * The earliest deadline of what this unit has not finished (subjectDue), null when none is dated
   * or all is done: a 全年 task whose item was due 9月底前 is overdue from October on.
   */
  openDue: string | null
  /** Set by the roll-ups: overdue or due soon for this unit, never in an archived year. */
  alarm?: Alarm
}

export interface Aggregate {
  /** Mean share of the tasks that have something to tick, 0..1. */
  share: number
  tasks: number
  doneTasks: number
  /** Unfinished tasks past their due date (never in an archived year). */
  overdue: number
  /** Unfinished tasks due from today to `dueSoonDays` ahead (never in an archived year). */
  dueSoon: number
}

const statusScore: Record<ProgressStatus, number> = { todo: 0, partial: 0.5, done: 1 }

/**
 * When a subject is due: a checklist item by its own deadline when it has one before the task's
 * (3月底前 inside a 全年 task), else with the task; a target with the task.
 */
export function subjectDue(task: RollupTask, kind: Subject['kind'], index: number): string | null {
  const own = kind === 'item' ? task.checklist[index].due : null
  return own !== null && (task.due === null || own < task.due) ? own : task.due
}

/**
 * Visits the items and targets a unit answers for (every one when no unit is chosen) without
 * building arrays, since a roll-up visits every subject of 10,000 tasks after each tick.
 */
function forEachSubject(task: RollupTask, unit: string | null, covers: CoversUnit, visit: (id: string, kind: Subject['kind'], index: number) => void): void {
  let taskConcernsUnit = unit === null
  if (!taskConcernsUnit) {
    for (const assignment of task.assignments) {
      if (covers(assignment.leads, unit!, task) || covers(assignment.owners, unit!, task)) {
        taskConcernsUnit = true
        break
      }
    }
    taskConcernsUnit ||= covers(task.units, unit!, task)
  }
  const { checklist, targets } = task
  for (let index = 0; index < checklist.length; index++) {
    const item = checklist[index]
    const named = item.leads.length + item.owners.length > 0
    const concerns = unit === null || (named ? covers(item.leads, unit, task) || covers(item.owners, unit, task) : taskConcernsUnit)
    if (concerns)
      visit(checklistItemIdOf(task.id, index), 'item', index)
  }
  if (taskConcernsUnit) {
    for (let index = 0; index < targets.length; index++)
      visit(targetIdOf(task.id, index), 'target', index)
  }
}

/** The items and targets a unit answers for; every one when no unit is chosen. */
export function subjectsOfTask(task: RollupTask, unit: string | null, covers: CoversUnit): Subject[] {
  const subjects: Subject[] = []
  forEachSubject(task, unit, covers, (id, kind, index) => subjects.push({ id, kind, index }))
  return subjects
}

export function subjectScore(task: RollupTask, kind: Subject['kind'], index: number, state: SubjectState | undefined): number {
  if (!state)
    return 0
  if (kind === 'target') {
    const target = task.targets[index]
    if (state.status === 'done')
      return 1
    if (target.op === '>=' && target.value > 0)
      return Math.min(state.count / target.value, 1)
  }
  return statusScore[state.status]
}

export function taskProgress(task: RollupTask, unit: string | null, states: Map<string, SubjectState>, covers: CoversUnit): TaskProgress {
  let total = 0
  let done = 0
  let sum = 0
  let openDue: string | null = null
  forEachSubject(task, unit, covers, (id, kind, index) => {
    const score = subjectScore(task, kind, index, states.get(id))
    total++
    sum += score
    if (score === 1) {
      done++
      return
    }
    openDue = earlierDue(openDue, subjectDue(task, kind, index))
  })
  return total ? { share: sum / total, done, total, openDue } : { share: null, done: 0, total: 0, openDue: null }
}

export function emptyAggregate(): Aggregate {
  return { share: 0, tasks: 0, doneTasks: 0, overdue: 0, dueSoon: 0 }
}

/** Adds a task's share (null: nothing to tick) and its alarm to a running mean and counts. */
export function addToAggregate(aggregate: Aggregate, share: number | null, alarm: Alarm): void {
  if (share === null)
    return
  aggregate.share = (aggregate.share * aggregate.tasks + share) / (aggregate.tasks + 1)
  aggregate.tasks++
  if (share === 1)
    aggregate.doneTasks++
  if (alarm === 'overdue')
    aggregate.overdue++
  else if (alarm === 'dueSoon')
    aggregate.dueSoon++
}

export interface Rollup {
  byTask: Map<string, TaskProgress>
  byChapter: Map<string, Aggregate>
  byPlan: Map<string, Aggregate>
  byYear: Map<number, Aggregate>
  overall: Aggregate
}

export function chapterKey(planId: string, chapter: number): string {
  return `${planId}:${chapter}`
}

function aggregateIn<K>(map: Map<K, Aggregate>, key: K): Aggregate {
  let aggregate = map.get(key)
  if (!aggregate)
    map.set(key, aggregate = emptyAggregate())
  return aggregate
}

/**
 * One unit's roll-up (every unit's furthest state when unit is null): each task's progress and
 * alarm, and the figures per chapter, plan, year and overall that 首页, 计划 and 总览 show.
 */
export function rollUp(tasks: readonly RollupTask[], unit: string | null, states: Map<string, SubjectState>, covers: CoversUnit, clock: AlarmClock = quietClock): Rollup {
  const result: Rollup = { byTask: new Map(), byChapter: new Map(), byPlan: new Map(), byYear: new Map(), overall: emptyAggregate() }
  for (const task of tasks) {
    const progress = taskProgress(task, unit, states, covers)
    const alarm = alarmOf(task, progress, clock)
    progress.alarm = alarm
    result.byTask.set(task.id, progress)
    addToAggregate(aggregateIn(result.byChapter, chapterKey(task.planId, task.chapter)), progress.share, alarm)
    addToAggregate(aggregateIn(result.byPlan, task.planId), progress.share, alarm)
    addToAggregate(aggregateIn(result.byYear, task.year), progress.share, alarm)
    addToAggregate(result.overall, progress.share, alarm)
  }
  return result
}

const statusRank: Record<ProgressStatus, number> = { todo: 0, partial: 1, done: 2 }

/**
 * Subject states from progress rows. With one unit's rows this is that unit's state; with
 * every unit's rows (no unit chosen) a subject shows the furthest any unit got.
 */
export function statesOf(rows: Array<{ subject: string, status: ProgressStatus, count: number }>): Map<string, SubjectState> {
  const states = new Map<string, SubjectState>()
  for (const row of rows) {
    const seen = states.get(row.subject)
    if (!seen)
      states.set(row.subject, { status: row.status, count: row.count })
    else
      states.set(row.subject, { status: statusRank[row.status] > statusRank[seen.status] ? row.status : seen.status, count: Math.max(seen.count, row.count) })
  }
  return states
}
