import { describe, expect, it } from 'vitest'
import { alignRows } from '../../../../src/shared/plan/table/alignRows'
import { emptyRow } from '../../../../src/shared/plan/table/row'
import { tasksFromRows } from '../../../../src/shared/plan/table/tableTasks'

const row = (number: number | null, name: string, content: string, category = '') => ({ ...emptyRow(number ?? 0), number, name, content, category })

const body = [
  '规范政府公文管理。对2010年以来的政府公文进行全面梳理和属性认定。',
  '做好法定公开内容的日常维护。持续拓展细化主动公开的具体内容，落实专人专责。强化权责清单的调整更新。',
  '优化完善依申请办理工作。建立依申请公开转主动公开审查机制。',
]

describe('alignRows', () => {
  it('puts a blank-named row with the neighbour whose body text it quotes', () => {
    const rows = [
      row(4, '规范政府公文管理', '对2010年以来本单位的政府公文开展全面梳理和属性认定。'),
      row(5, '', '拓展细化主动公开的具体内容，落实专人专责。'),
      row(6, '做好法定公开内容的日常维护', '做好各类规划集中公开。'),
      row(7, '', '强化权责清单的调整更新。'),
      row(8, '建立依申请公开转主动公开常态化审查机制', '对依申请公开的信息同步审查研判。'),
    ]
    expect(alignRows(rows, body).map(p => p.task)).toEqual([0, 1, 1, 1, 2])
  })

  it('leaves a row that matches no task where the rows were, and reports how well each matched', () => {
    const placements = alignRows([row(1, '甲', '与正文无关的内容'), row(2, '依申请办理', '优化完善依申请办理工作。')], body)
    expect(placements.map(p => p.task)).toEqual([0, 2])
    expect(placements[0].score).toBeLessThan(0.3)
    expect(placements[1].score).toBeGreaterThan(0.9)
  })
})

describe('tasksFromRows', () => {
  it('makes each named row a task, merged rows joining the task above, categories the chapters', () => {
    const tasks = tasksFromRows([
      row(1, '推进政策集成发布', '集中发布涉企政策。', '政策公开'),
      row(2, '', '统一标注有效性。'),
      row(3, '强化政策解读', '同步发布解读材料。'),
      row(4, '办好政府开放活动', '开展线下开放活动。', '公众参与'),
      row(null, '', '发布活动综述。', '公众参与'),
    ])
    expect(tasks.map(t => [t.chapter, t.item, t.chapterTitle, t.title, t.rows.map(r => r.number)])).toEqual([
      [1, 1, '政策公开', '推进政策集成发布', [1, 2]],
      [1, 2, '政策公开', '强化政策解读', [3]],
      [2, 1, '公众参与', '办好政府开放活动', [4, null]],
    ])
  })
})
