// Progress rolls up from checklist items and targets to task, chapter, plan and unit.
// A task's share is the mean of its subjects; chapters, plans and the unit average their tasks,
// so a task with a 30-row breakdown table does not outweigh ten one-line tasks.
import type { ProgressStatus } from '../../../../shared/records/progress'
import type { TaskRow } from '../../../db/schema'
import { checklistItemIdOf, targetIdOf } from '../../../../shared/plan/identity'

export interface SubjectState {
  status: ProgressStatus
  count: number
}

/**
 * Whether a list of unit names (leads and owners) of a task includes the unit, directly or as a
 * generic group; the task tells whose plan it is, since the plan's issuer decides whom 各部门 means.
 */
export type CoversUnit = (names: string[], unit: string, task: Pick<TaskRow, 'planId'>) => boolean

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
}

export interface Aggregate {
  /** Mean share of the tasks that have something to tick, 0..1. */
  share: number
  tasks: number
  doneTasks: number
}

const statusScore: Record<ProgressStatus, number> = { todo: 0, partial: 0.5, done: 1 }

/**
 * Visits the items and targets a unit answers for (every one when no unit is chosen) without
 * building arrays, since a roll-up visits every subject of 10,000 tasks after each tick.
 */
function forEachSubject(task: TaskRow, unit: string | null, covers: CoversUnit, visit: (id: string, kind: Subject['kind'], index: number) => void): void {
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
export function subjectsOfTask(task: TaskRow, unit: string | null, covers: CoversUnit): Subject[] {
  const subjects: Subject[] = []
  forEachSubject(task, unit, covers, (id, kind, index) => subjects.push({ id, kind, index }))
  return subjects
}

export function subjectScore(task: TaskRow, kind: Subject['kind'], index: number, state: SubjectState | undefined): number {
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

export function taskProgress(task: TaskRow, unit: string | null, states: Map<string, SubjectState>, covers: CoversUnit): TaskProgress {
  let total = 0
  let done = 0
  let sum = 0
  forEachSubject(task, unit, covers, (id, kind, index) => {
    const score = subjectScore(task, kind, index, states.get(id))
    total++
    sum += score
    if (score === 1)
      done++
  })
  return total ? { share: sum / total, done, total } : { share: null, done: 0, total: 0 }
}

function emptyAggregate(): Aggregate {
  return { share: 0, tasks: 0, doneTasks: 0 }
}

function addTo(aggregate: Aggregate, progress: TaskProgress): void {
  if (progress.share === null)
    return
  aggregate.share = (aggregate.share * aggregate.tasks + progress.share) / (aggregate.tasks + 1)
  aggregate.tasks++
  if (progress.share === 1)
    aggregate.doneTasks++
}

export interface Rollup {
  byTask: Map<string, TaskProgress>
  byChapter: Map<string, Aggregate>
  byPlan: Map<string, Aggregate>
  overall: Aggregate
}

export function chapterKey(planId: string, chapter: number): string {
  return `${planId}:${chapter}`
}

export function rollUp(tasks: TaskRow[], unit: string | null, states: Map<string, SubjectState>, covers: CoversUnit): Rollup {
  const result: Rollup = { byTask: new Map(), byChapter: new Map(), byPlan: new Map(), overall: emptyAggregate() }
  for (const task of tasks) {
    const progress = taskProgress(task, unit, states, covers)
    result.byTask.set(task.id, progress)
    const chapter = chapterKey(task.planId, task.chapter)
    if (!result.byChapter.has(chapter))
      result.byChapter.set(chapter, emptyAggregate())
    if (!result.byPlan.has(task.planId))
      result.byPlan.set(task.planId, emptyAggregate())
    addTo(result.byChapter.get(chapter)!, progress)
    addTo(result.byPlan.get(task.planId)!, progress)
    addTo(result.overall, progress)
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
