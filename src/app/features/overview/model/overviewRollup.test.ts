import type { ProgressRow } from '../../../db/schema'
import type { ProgressStatus } from '../../../../shared/records/progress'
import { describe, expect, it } from 'vitest'
import { planToRows } from '../../../db/planRepository'
import { chapterKey, rollUp, statesOf, subjectsOfTask } from '../../../../shared/plan/rollup'
import { overviewOf, tasksOfUnit } from '../../../../shared/plan/rollup/units'
import { coverageByPlan, unitChoicesOf, unitCoverageIndex } from '../../plans/model/unitCoverage'
import { progressIdOf } from '../../../../shared/records/progressIdentity'
import { syntheticLibrary } from '../../../../../tests/helpers/e2ePlans'
import { fixtureTasks, qingpu2024 } from '../../../../../tests/helpers/app/plans'
import { bureau2024 } from '../../../../../tests/helpers/app/bureauPlan'

const [openDay, messageBoard] = fixtureTasks()
const today = '2024-12-15'
/** A clock for a year still current: nothing archived. */
const clockAt = (day: string) => ({ today: day, archived: () => false })

function row(unit: string, task: { id: string, planId: string }, subject: string, status: ProgressStatus, count = 0): ProgressRow {
  return { id: progressIdOf(unit, subject), unit, planId: task.planId, taskId: task.id, subject, status, note: '', count }
}

const issuerOfPlans = (...plans: Array<{ id: string, issuer: string }>) => {
  const issuers = new Map(plans.map(plan => [plan.id, plan.issuer]))
  return (planId: string) => issuers.get(planId)
}

describe('overviewOf', () => {
  const tasks = fixtureTasks()
  const rows = [row('区数据局', messageBoard, `${messageBoard.id}#1`, 'done'), row('朱家角镇', openDay, `${openDay.id}#1`, 'partial')]
  const overview = overviewOf({ tasks, rows, units: unitChoicesOf(tasks), issuerOf: issuerOfPlans(qingpu2024), coverageIndex: unitCoverageIndex, clock: clockAt(today) })

  it('gives each unit its own progress on the tasks it leads or owns, units found only in progress last', () => {
    expect(overview.units.map(({ unit, tasks, doneTasks, items, overdue }) => ({ unit, tasks, doneTasks, items, overdue }))).toEqual([
      { unit: '区政府办公室', tasks: 2, doneTasks: 0, items: { done: 0, partial: 0, total: 4 }, overdue: 1 },
      { unit: '区数据局', tasks: 1, doneTasks: 1, items: { done: 1, partial: 0, total: 1 }, overdue: 0 },
      { unit: '朱家角镇', tasks: 1, doneTasks: 0, items: { done: 0, partial: 1, total: 3 }, overdue: 0 },
    ])
    expect(overview.units[2].share).toBeCloseTo(0.5 / 3)
  })

  it('lists overdue tasks with the units that have not finished their part', () => {
    expect(overview.overdue.map(o => [o.task.id, o.behind])).toEqual([[messageBoard.id, ['区政府办公室']]])
  })

  it('rolls chapters and plans up from each task\'s mean over its units', () => {
    const chapter = overview.byChapter.get(chapterKey(qingpu2024.id, 1))!
    expect(chapter).toMatchObject({ tasks: 2, doneTasks: 0, overdue: 1 })
    expect(chapter.share).toBeCloseTo((0.5 / 3 / 2 + 0.5) / 2)
    expect(overview.byPlan.get(qingpu2024.id)).toEqual(chapter)
    expect(overview.overall).toEqual(chapter)
  })

  it('reads 各部门 as each plan\'s issuer means it', () => {
    const bureau = planToRows(bureau2024).tasks
    const sections = overviewOf({ tasks: bureau, rows: [row('监测科', bureau[0], `${bureau[0].id}#1`, 'done')], units: ['区数据局'], issuerOf: issuerOfPlans(bureau2024), coverageIndex: unitCoverageIndex, clock: clockAt(today) })
    expect(sections.units.map(u => [u.unit, u.share])).toEqual([['监测科', 1]])
  })

  it('agrees with the one-unit roll-up of 首页 for every unit of a large library', () => {
    const plans = syntheticLibrary(3000)
    const tasks = plans.flatMap(plan => planToRows(plan).tasks)
    const issuerOf = issuerOfPlans(...plans)
    const statuses: ProgressStatus[] = ['todo', 'partial', 'done']
    const units = unitChoicesOf(tasks)
    const covers = coverageByPlan(issuerOf)
    const rows = tasks.filter((_, i) => i % 3 === 0).flatMap((task, i) => units
      .filter((_, u) => (i + u) % 4 === 0)
      .flatMap(unit => subjectsOfTask(task, unit, covers).map(s => row(unit, task, s.id, statuses[(i + s.index) % 3], s.index))))
    const clock = clockAt('2024-07-01')
    const overview = overviewOf({ tasks, rows, units, issuerOf, coverageIndex: unitCoverageIndex, clock })
    expect(overview.units.length).toBe(units.length)
    for (const unit of overview.units) {
      const reference = rollUp(tasks, unit.unit, statesOf(rows.filter(r => r.unit === unit.unit)), covers, clock).overall
      expect(unit.tasks, unit.unit).toBe(reference.tasks)
      expect(unit.doneTasks, unit.unit).toBe(reference.doneTasks)
      expect(unit.overdue, unit.unit).toBe(reference.overdue)
      expect(unit.dueSoon, unit.unit).toBe(reference.dueSoon)
      expect(unit.share, unit.unit).toBeCloseTo(reference.share, 9)
    }
  })
})

describe('an item due before its task (3月底前 inside a 全年 task)', () => {
  // Every other task runs the whole year, its first item due by 31 March.
  const library = syntheticLibrary(1200).map(plan => ({
    ...plan,
    tasks: plan.tasks.map((task, i) => i % 2 ? task : { ...task, due: '2024-12-31', deadline: '全年', checklist: task.checklist.map((item, j) => (j ? { ...item, due: '2024-12-31' } : { ...item, due: '2024-03-31' })) }),
  }))
  const tasks = library.flatMap(plan => planToRows(plan).tasks)
  const issuerOf = issuerOfPlans(...library)
  const units = unitChoicesOf(tasks)
  const covers = coverageByPlan(issuerOf)
  const statuses: ProgressStatus[] = ['todo', 'partial', 'done']
  const rows = tasks.filter((_, i) => i % 3 === 0).flatMap((task, i) => units
    .filter((_, u) => (i + u) % 3 === 0)
    .flatMap(unit => subjectsOfTask(task, unit, covers).map(s => row(unit, task, s.id, statuses[(i + s.index) % 3], s.index))))
  const clock = clockAt('2024-07-01')
  const overview = overviewOf({ tasks, rows, units, issuerOf, coverageIndex: unitCoverageIndex, clock })

  it('makes the task overdue for a unit that has not finished that item, in 首页\'s roll-up and 总览 alike', () => {
    let lateByItem = 0
    for (const unit of overview.units) {
      const own = rollUp(tasks, unit.unit, statesOf(rows.filter(r => r.unit === unit.unit)), covers, clock)
      expect(unit.overdue, unit.unit).toBe(own.overall.overdue)
      expect(unit.dueSoon, unit.unit).toBe(own.overall.dueSoon)
      const overdueHere = overview.overdue.filter(o => o.behind.includes(unit.unit)).map(o => o.task.id).sort()
      const overdueOwn = tasks.filter(task => own.byTask.get(task.id)?.alarm === 'overdue').map(task => task.id).sort()
      expect(overdueHere, unit.unit).toEqual(overdueOwn)
      lateByItem += tasks.filter(task => task.due === '2024-12-31' && own.byTask.get(task.id)?.alarm === 'overdue').length
    }
    expect(lateByItem).toBeGreaterThan(0)
  })

  it('makes it due soon in the 30 days before that item\'s deadline, in both roll-ups alike', () => {
    const march = clockAt('2024-03-15')
    const early = overviewOf({ tasks, rows, units, issuerOf, coverageIndex: unitCoverageIndex, clock: march })
    let soonByItem = 0
    for (const unit of early.units) {
      const own = rollUp(tasks, unit.unit, statesOf(rows.filter(r => r.unit === unit.unit)), covers, march)
      expect(unit.overdue, unit.unit).toBe(own.overall.overdue)
      expect(unit.dueSoon, unit.unit).toBe(own.overall.dueSoon)
      soonByItem += tasks.filter(task => task.due === '2024-12-31' && own.byTask.get(task.id)?.alarm === 'dueSoon').length
    }
    expect(soonByItem).toBeGreaterThan(0)
  })

  it('says since when: the earliest deadline passed of what a unit behind has not finished', () => {
    for (const { task, behind, since } of overview.overdue) {
      const openDues = behind.map(unit => taskProgressOf(task, unit).openDue!)
      expect(since, task.id).toBe(openDues.sort()[0])
    }
    expect(overview.overdue.some(o => o.task.due === '2024-12-31' && o.since === '2024-03-31')).toBe(true)
  })

  const taskProgressOf = (task: typeof tasks[number], unit: string) =>
    rollUp([task], unit, statesOf(rows.filter(r => r.unit === unit && r.taskId === task.id)), covers, clock).byTask.get(task.id)!
})

describe('an archived year', () => {
  it('keeps its final figures but counts nothing overdue or due soon, for any unit or scope', () => {
    const tasks = fixtureTasks()
    const rows = [row('区数据局', messageBoard, `${messageBoard.id}#1`, 'partial')]
    const archived = { today: '2026-12-04', archived: () => true }
    const overview = overviewOf({ tasks, rows, units: unitChoicesOf(tasks), issuerOf: issuerOfPlans(qingpu2024), coverageIndex: unitCoverageIndex, clock: archived })
    expect(overview.overdue).toEqual([])
    expect(overview.overall.overdue + overview.overall.dueSoon).toBe(0)
    expect(overview.units.every(unit => unit.overdue === 0 && unit.dueSoon === 0)).toBe(true)
    expect(overview.units.find(unit => unit.unit === '区数据局')?.share).toBeCloseTo(0.5)
    const current = overviewOf({ tasks, rows, units: unitChoicesOf(tasks), issuerOf: issuerOfPlans(qingpu2024), coverageIndex: unitCoverageIndex, clock: clockAt('2026-12-04') })
    expect(current.overdue.length).toBeGreaterThan(0)
    expect(tasksOfUnit(tasks, '区数据局', rows, coverageByPlan(issuerOfPlans(qingpu2024)), archived).map(entry => entry.overdue)).toEqual([false])
  })
})

describe('tasksOfUnit', () => {
  it('lists a unit\'s tasks with its own progress, overdue first', () => {
    const rows = [row('区政府办公室', openDay, `${openDay.id}#2`, 'done')]
    const listed = tasksOfUnit(fixtureTasks(), '区政府办公室', rows, coverageByPlan(issuerOfPlans(qingpu2024)), clockAt(today))
    expect(listed.map(entry => [entry.task.id, entry.overdue, entry.progress.done, entry.progress.total])).toEqual([
      [messageBoard.id, true, 0, 1],
      [openDay.id, false, 1, 3],
    ])
  })

  it('orders alarmed tasks by the date their rows show: the earliest deadline the unit has left open', () => {
    // A 全年 task whose first item was due in September, and a task due at the end of November.
    const yearLong = { ...openDay, id: `${openDay.id}-year`, due: '2024-12-31', checklist: openDay.checklist.map((item, i) => ({ ...item, due: i === 0 ? '2024-09-30' : null })) }
    const november = { ...messageBoard, id: `${messageBoard.id}-nov`, due: '2024-11-30', checklist: messageBoard.checklist.map(item => ({ ...item, due: null })) }
    const listed = tasksOfUnit([november, yearLong], '区政府办公室', [], coverageByPlan(issuerOfPlans(qingpu2024)), clockAt(today))
    expect(listed.map(entry => [entry.task.id, entry.overdue, entry.progress.openDue])).toEqual([
      [yearLong.id, true, '2024-09-30'],
      [november.id, true, '2024-11-30'],
    ])
  })

  it('puts finished tasks last, whatever their due date', () => {
    const rows = [row('区数据局', messageBoard, `${messageBoard.id}#1`, 'done')]
    const listed = tasksOfUnit(fixtureTasks(), '区数据局', rows, coverageByPlan(issuerOfPlans(qingpu2024)), clockAt(today))
    expect(listed.map(entry => [entry.task.id, entry.overdue, entry.progress.share])).toEqual([[messageBoard.id, false, 1]])
  })
})
