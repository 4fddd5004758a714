import { describe, expect, it } from 'vitest'
import type { PlanTask } from '../../../src/shared/plan/types'
import { collectUnits, planScopeOf, taskCoversUnit } from '../../../src/shared/units'

type UnitsOfTask = Pick<PlanTask, 'assignments' | 'checklist'>

const textItem = (leads: string[], owners: string[]) => ({ text: '做好政策解读。', leads, owners, deadline: null, due: null, source: 'text' as const, row: null })

const task: UnitsOfTask = {
  assignments: [{ leads: ['区府办'], owners: ['区数据局', '各街镇'] }],
  checklist: [textItem(['区府办'], ['区数据局', '各街镇'])],
}

describe('taskCoversUnit', () => {
  it('finds a lead by alias', () => {
    expect(taskCoversUnit(task, '区政府办公室')).toEqual({ lead: true, owner: false })
  })

  it('finds an owner named directly', () => {
    expect(taskCoversUnit(task, '区数据局')).toEqual({ lead: false, owner: true })
  })

  it('finds an owner through a generic group', () => {
    expect(taskCoversUnit(task, '朱家角镇')).toEqual({ lead: false, owner: true })
  })

  it('reports a unit the task does not concern', () => {
    expect(taskCoversUnit(task, '区教育局')).toEqual({ lead: false, owner: false })
  })

  it('narrows generic groups to the plan\'s own units when told the issuer', () => {
    const bureauTask: UnitsOfTask = { assignments: [{ leads: ['局办公室'], owners: ['各部门'] }], checklist: [] }
    expect(taskCoversUnit(bureauTask, '综合规划科', '青浦区生态环境局')).toEqual({ lead: false, owner: true })
    expect(taskCoversUnit(bureauTask, '区数据局', '青浦区生态环境局')).toEqual({ lead: false, owner: false })
    expect(taskCoversUnit(bureauTask, '区数据局')).toEqual({ lead: false, owner: true })
  })

  it('looks at table rows when the assignments do not name the unit', () => {
    const tableTask: UnitsOfTask = { assignments: [], checklist: [{ ...textItem(['区卫生健康委'], []), source: 'table', row: 31 }] }
    expect(taskCoversUnit(tableTask, '区卫生健康委')).toEqual({ lead: true, owner: false })
  })
})

describe('collectUnits', () => {
  it('lists concrete units once, with how many tasks name them, office first', () => {
    const plans = [{ tasks: [
      task,
      { assignments: [{ leads: ['区政府办公室'], owners: ['朱家角镇'] }], checklist: [] },
      { assignments: [{ leads: [], owners: ['综合规划科', '各部门'] }], checklist: [] },
    ] }]
    expect(collectUnits(plans)).toEqual([
      { name: '区政府办公室', kind: 'office', taskCount: 2 },
      { name: '区数据局', kind: 'department', taskCount: 1 },
      { name: '朱家角镇', kind: 'street', taskCount: 1 },
      { name: '综合规划科', kind: 'section', taskCount: 1 },
    ])
  })
})

describe('planScopeOf', () => {
  it.each([
    ['青浦区人民政府办公室', 'government'],
    ['上海市人民政府办公厅', 'government'],
    ['青浦区生态环境局', 'bureau'],
    ['嘉定区卫生健康委', 'bureau'],
    ['', 'unknown'],
    ['奉贤区', 'unknown'],
  ])('%s writes as a %s', (issuer, scope) => {
    expect(planScopeOf(issuer)).toBe(scope)
  })
})
