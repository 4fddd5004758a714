import type { SubjectState } from '../../../../shared/plan/rollup'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../shared/calendar'
import { chapterKey, rollUp, statesOf, subjectsOfTask, taskProgress } from '../../../../shared/plan/rollup'
import { coverageByPlan } from './unitCoverage'
import { fixtureTasks, qingpu2024 } from '../../../../../tests/helpers/app/plans'

const [openDay, messageBoard, unassigned] = fixtureTasks()
const namesCoverUnit = coverageByPlan(() => qingpu2024.issuer)
const states = (entries: Array<[string, SubjectState]>) => new Map(entries)

describe('subjectsOfTask', () => {
  it('gives a street the items its group 各街镇 owns, the unnamed item and the target', () => {
    expect(subjectsOfTask(openDay, '朱家角镇', namesCoverUnit).map(s => s.id)).toEqual([`${openDay.id}#1`, `${openDay.id}#2`, `${openDay.id}!1`])
  })

  it('gives a unit the task does not name nothing to tick', () => {
    expect(subjectsOfTask(openDay, '区数据局', namesCoverUnit)).toEqual([])
  })

  it('gives every subject when no unit is chosen, including tasks without units', () => {
    expect(subjectsOfTask(unassigned, null, namesCoverUnit)).toHaveLength(1)
  })
})

describe('taskProgress', () => {
  it('averages items: done counts 1, partly done 0.5, and a target counts its share of the goal', () => {
    const progress = taskProgress(openDay, '朱家角镇', states([
      [`${openDay.id}#1`, { status: 'done', count: 0 }],
      [`${openDay.id}#2`, { status: 'partial', count: 0 }],
      [`${openDay.id}!1`, { status: 'todo', count: 2 }],
    ]), namesCoverUnit)
    expect(progress.total).toBe(3)
    expect(progress.done).toBe(1)
    expect(progress.share).toBeCloseTo((1 + 0.5 + 2 / 3) / 3)
  })

  it('counts a target as met once the counter reaches its value', () => {
    const progress = taskProgress(openDay, '朱家角镇', states([[`${openDay.id}!1`, { status: 'todo', count: 5 }]]), namesCoverUnit)
    expect(progress.done).toBe(1)
  })

  it('is null for a unit with nothing to tick', () => {
    expect(taskProgress(messageBoard, '朱家角镇', new Map(), namesCoverUnit).share).toBeNull()
  })
})

describe('rollUp', () => {
  it('rolls tasks up to chapter, plan and overall as the mean of task shares', () => {
    const done = states([[`${messageBoard.id}#1`, { status: 'done', count: 0 }]])
    const rollup = rollUp(fixtureTasks(), '区政府办公室', done, namesCoverUnit)
    // 区政府办公室 leads the open-day task and, as an office, is among 各部门 for the message board.
    expect(rollup.byTask.get(messageBoard.id)?.share).toBe(1)
    expect(rollup.byTask.get(openDay.id)?.share).toBe(0)
    expect(rollup.byChapter.get(chapterKey(qingpu2024.id, 1))).toEqual({ share: 0.5, tasks: 2, doneTasks: 1, overdue: 0, dueSoon: 0 })
    expect(rollup.byPlan.get(qingpu2024.id)).toEqual({ share: 0.5, tasks: 2, doneTasks: 1, overdue: 0, dueSoon: 0 })
    expect(rollup.byYear.get(2024)).toEqual(rollup.byPlan.get(qingpu2024.id))
    expect(rollup.overall.tasks).toBe(2)
  })

  it('counts unfinished tasks past due as overdue and those due within 30 days as due soon, against the day given', () => {
    const tasks = fixtureTasks()
    const late = tasks.find(task => task.due && task.due < '2024-12-15')!
    const clock = { today: '2024-12-15', archived: () => false }
    const rollup = rollUp(tasks, '区政府办公室', states([]), namesCoverUnit, clock)
    expect(rollup.byTask.get(late.id)?.alarm).toBe('overdue')
    expect(rollup.overall.overdue).toBe([...rollup.byTask.values()].filter(p => p.alarm === 'overdue').length)
    const soon = rollUp(tasks, '区政府办公室', states([]), namesCoverUnit, { today: addDays(late.due!, -10), archived: () => false })
    expect(soon.byTask.get(late.id)?.alarm).toBe('dueSoon')
    expect(soon.overall.dueSoon).toBeGreaterThan(0)
  })

  it('makes a 全年 task due soon, then overdue, by an item due before it while that is unfinished', () => {
    // 组织开展政府开放日活动 due by 30 June inside the open-day task, due 31 December.
    const early = { ...openDay, checklist: [{ ...openDay.checklist[0], due: '2024-06-30' }, ...openDay.checklist.slice(1)] }
    const clock = { today: '2024-12-15', archived: () => false }
    const open = rollUp([early], '区政府办公室', states([]), namesCoverUnit, clock).byTask.get(early.id)!
    expect(open).toMatchObject({ alarm: 'overdue', openDue: '2024-06-30' })
    const itemDone = rollUp([early], '区政府办公室', states([[`${early.id}#1`, { status: 'done', count: 0 }]]), namesCoverUnit, clock).byTask.get(early.id)!
    expect(itemDone).toMatchObject({ alarm: 'dueSoon', openDue: '2024-12-31' })
    // Before 30 June nothing is late; within 30 days of it the task is due soon, though itself due in December.
    expect(rollUp([early], '区政府办公室', states([]), namesCoverUnit, { ...clock, today: '2024-06-01' }).byTask.get(early.id)!.alarm).toBe('dueSoon')
    expect(rollUp([early], '区政府办公室', states([]), namesCoverUnit, { ...clock, today: '2024-05-01' }).byTask.get(early.id)!.alarm).toBe(null)
  })

  it('raises no alarm for an archived plan, and keeps its figures', () => {
    const tasks = fixtureTasks()
    const done = states([[`${messageBoard.id}#1`, { status: 'done', count: 0 }]])
    const open = rollUp(tasks, '区政府办公室', done, namesCoverUnit, { today: '2026-12-04', archived: () => false })
    const archived = rollUp(tasks, '区政府办公室', done, namesCoverUnit, { today: '2026-12-04', archived: planId => planId === qingpu2024.id })
    expect(open.overall.overdue).toBeGreaterThan(0)
    expect(archived.overall).toEqual({ ...open.overall, overdue: 0, dueSoon: 0 })
    expect([...archived.byTask.values()].every(p => p.alarm === null)).toBe(true)
  })
})

describe('statesOf', () => {
  it('shows the furthest any unit got when rows of several units are combined', () => {
    const merged = statesOf([
      { subject: 's', status: 'partial', count: 1 },
      { subject: 's', status: 'done', count: 0 },
      { subject: 's', status: 'todo', count: 4 },
    ])
    expect(merged.get('s')).toEqual({ status: 'done', count: 4 })
  })
})
