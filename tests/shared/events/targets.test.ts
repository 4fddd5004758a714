import { describe, expect, it } from 'vitest'
import { acceptsPublicResponses, isHeld } from '../../../src/shared/events/status'
import { eventProgressOfTask, eventTypesForTarget, eventTypesNamedIn, measureOf } from '../../../src/shared/events/targets'
import { eventStatuses, eventTypes } from '../../../src/shared/records/event'
import { event } from '../feedback/fixtures'

// Task 23 of the 2023 district plan in seeds/, with the targets the parser finds in it.
const attendanceTask = {
  id: 'plan-2023-x:2.23',
  title: '强化决策审议过程公众参与',
  text: '区政府年内邀请企业代表、市民代表等利益相关方代表列席区政府决策会议不得少于3次；各单位年内邀请企业代表、市民代表等利益相关方代表列席本单位决策会议不得少于1次。',
  targets: [
    { text: '列席区政府决策会议不得少于3次', op: '>=', value: 3, unit: '次' },
    { text: '列席本单位决策会议不得少于1次', op: '>=', value: 1, unit: '次' },
  ],
} as const
const openDayTask = {
  id: 'plan-2023-x:3.24',
  title: '办好政府开放活动',
  text: '开展主题鲜明、形式多样的政府开放活动，活动期间设置座谈或问卷调查等环节。',
  targets: [
    { text: '全年不少于4场', op: '>=', value: 4, unit: '场' },
    { text: '参与人数不少于100人', op: '>=', value: 100, unit: '人' },
    { text: '满意度不低于90%', op: '>=', value: 90, unit: '%' },
  ],
} as const
const generalTask = { id: 't9', title: '深化政务公开', text: '做好政务公开工作。', targets: [{ text: '不少于2次', op: '>=', value: 2, unit: '次' }] } as const

const held = (n: number, change: Parameters<typeof event>[0]) =>
  Array.from({ length: n }, (_, i) => event({ id: `0197${change?.type ?? ''}${i}`, status: 'closed', ...change }))

describe('which events count toward a target', () => {
  it('reads event types from the target\'s words first', () => {
    expect(eventTypesForTarget(attendanceTask.targets[0], attendanceTask)).toEqual(['public_attendance'])
  })

  it('falls back to the task\'s words, then to every type', () => {
    expect(eventTypesForTarget(openDayTask.targets[0], openDayTask)).toEqual(['symposium', 'survey', 'open_day'])
    expect(eventTypesForTarget(generalTask.targets[0], generalTask)).toEqual([...eventTypes])
  })

  it('knows the words for each type', () => {
    expect(eventTypesNamedIn('邀请公众代表列席')).toEqual(['public_attendance'])
    expect(eventTypesNamedIn('召开政策解读会')).toEqual(['policy_briefing'])
    expect(eventTypesNamedIn('政府开放日')).toEqual(['open_day'])
    expect(eventTypesNamedIn('公共数据开放')).toEqual([])
  })

  it('counts events for 次/场/期 targets, people for 人 targets, and leaves other units out', () => {
    expect(['次', '场', '期', '个', '批'].map(unit => measureOf({ unit }))).toEqual(Array.from({ length: 5 }, () => 'events'))
    expect(['人', '人次', '名'].map(unit => measureOf({ unit }))).toEqual(['attendance', 'attendance', 'attendance'])
    expect(measureOf({ unit: '%' })).toBeNull()
    expect(measureOf({ unit: '件' })).toBeNull()
  })
})

describe('event progress toward targets', () => {
  it('three 列席 events fulfil 不得少于3次', () => {
    const linked = { taskIds: [attendanceTask.id], type: 'public_attendance' as const }
    const two = eventProgressOfTask(attendanceTask, held(2, linked))
    expect(two[0]).toMatchObject({ targetId: `${attendanceTask.id}!1`, count: 2, met: false, measure: 'events' })
    const three = eventProgressOfTask(attendanceTask, held(3, linked))
    expect(three[0]).toMatchObject({ count: 3, met: true })
    expect(three[0].eventIds).toHaveLength(3)
    expect(three[1]).toMatchObject({ targetId: `${attendanceTask.id}!2`, count: 3, met: true })
  })

  it('leaves out events of other types, not linked, not yet held or cancelled', () => {
    const events = [
      ...held(1, { taskIds: [attendanceTask.id], type: 'public_attendance' }),
      ...held(1, { taskIds: [attendanceTask.id], type: 'symposium' }),
      ...held(1, { taskIds: [], type: 'public_attendance' }),
      event({ id: 'planned', taskIds: [attendanceTask.id], type: 'public_attendance', status: 'planned' }),
      event({ id: 'cancelled', taskIds: [attendanceTask.id], type: 'public_attendance', status: 'cancelled' }),
      event({ id: 'ongoing', taskIds: [attendanceTask.id], type: 'public_attendance', status: 'ongoing' }),
    ]
    expect(eventProgressOfTask(attendanceTask, events)[0]).toMatchObject({ count: 2, eventIds: ['0197public_attendance0', 'ongoing'] })
  })

  it('counts one unit\'s events when asked, since each unit answers for its own target', () => {
    const events = [...held(1, { taskIds: [attendanceTask.id], type: 'public_attendance', unit: '区建管委' }), ...held(2, { taskIds: [attendanceTask.id], type: 'public_attendance' })]
    expect(eventProgressOfTask(attendanceTask, events, { unit: '区建管委' })[1]).toMatchObject({ count: 1, met: true })
    expect(eventProgressOfTask(attendanceTask, events, { unit: '区生态环境局' })[0]).toMatchObject({ count: 2, met: false })
  })

  it('adds up attendance for a target in people and skips targets that are not about events', () => {
    const events = [...held(2, { taskIds: [openDayTask.id], type: 'open_day' }), ...held(1, { taskIds: [openDayTask.id], type: 'survey' })]
    const attendance = new Map([['0197open_day0', 40], ['0197open_day1', 35], ['0197survey0', 30]])
    const progress = eventProgressOfTask(openDayTask, events, { attendance })
    expect(progress.map(p => p.targetId)).toEqual([`${openDayTask.id}!1`, `${openDayTask.id}!2`])
    expect(progress[0]).toMatchObject({ count: 3, met: false })
    expect(progress[1]).toMatchObject({ measure: 'attendance', count: 105, met: true })
  })

  it('meets an at-most target while at or below it', () => {
    const task = { ...generalTask, targets: [{ text: '不超过1次', op: '<=', value: 1, unit: '次' }] } as const
    expect(eventProgressOfTask(task, held(1, { taskIds: ['t9'] }))[0].met).toBe(true)
    expect(eventProgressOfTask(task, held(2, { taskIds: ['t9'] }))[0].met).toBe(false)
  })
})

describe('event status', () => {
  it('counts ongoing and closed events as held', () => {
    expect(eventStatuses.filter(status => isHeld({ status }))).toEqual(['ongoing', 'closed'])
  })

  it('closes the public questionnaire link when the event closes or is cancelled', () => {
    expect(eventStatuses.filter(status => acceptsPublicResponses({ status }))).toEqual(['planned', 'ongoing'])
  })
})
