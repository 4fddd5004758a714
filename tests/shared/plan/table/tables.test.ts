import { describe, expect, it } from 'vitest'
import { headerRoles } from '../../../../src/shared/plan/table/columns'
import { readTableAt } from '../../../../src/shared/plan/table/readTables'

const linesOf = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }))
const brief = (text: string) => readTableAt(linesOf(text), 0)?.rows.map(row => [row.number, row.name, row.content, row.units, row.deadline])

describe('headerRoles', () => {
  it('reads what each column holds', () => {
    expect(headerRoles(['序号', '任务名称', '任务内容', '责任单位', '时间节点'])).toEqual(['number', 'name', 'content', 'units', 'deadline'])
    expect(headerRoles(['序号', '工作任务', '具体措施', '牵头单位', '配合单位', '完成时限', '备注'])).toEqual(['number', 'name', 'content', 'leads', 'owners', 'deadline', 'notes'])
  })

  it('is not fooled by a row that merely starts with 序号', () => {
    expect(headerRoles(['序号', '甲', '乙'])).toBeNull()
  })
})

describe('tab-separated tables', () => {
  it('reads rows, empty (merged) name cells, and a row without a number', () => {
    const table = '序号\t任务名称\t任务内容\t责任单位\t时间节点\n1\t规范文本使用\t及时更新完善。\t区政府办公室牵头，各街镇负责\t全年\n2\t\t集中公开规范性文件。\t区司法局\t10月底前\n\n\t\t落实绩效考核要求。\t区政府办公室\t12月底前\n抄送：区委各部门。'
    expect(brief(table)).toEqual([
      [1, '规范文本使用', '及时更新完善。', '区政府办公室牵头，各街镇负责', '全年'],
      [2, '', '集中公开规范性文件。', '区司法局', '10月底前'],
      [null, '', '落实绩效考核要求。', '区政府办公室', '12月底前'],
    ])
    expect(readTableAt(linesOf(table), 0)?.end).toBe(5)
  })

  it('joins a cell\'s second paragraph that arrived on a line of its own', () => {
    const table = '序号\t任务名称\t任务内容\t责任单位\t时间节点\n1\t甲\t第一段。\t区数据局\t全年\n第二段。\n2\t乙\t内容。\t区数据局\t全年'
    expect(brief(table)?.[0][2]).toBe('第一段。第二段。')
  })

  it('splits rows that lost the line break between them', () => {
    const table = '序号\t任务名称\t任务内容\t责任单位\t时间节点\n74\t强化监督\t委托第三方评估。\t区政府办公室\t12月底前\t\t纳入绩效考核。\t区政府办公室\t12月底前'
    expect(brief(table)).toEqual([
      [74, '强化监督', '委托第三方评估。', '区政府办公室', '12月底前'],
      [null, '', '纳入绩效考核。', '区政府办公室', '12月底前'],
    ])
  })
})

describe('one-cell-per-line tables', () => {
  it('tells the cells apart when merged cells are missing and a row has no number', () => {
    const table = '序号\n任务名称\n任务内容\n责任单位\n时间节点\n1\n规范政策文件管理\n清理现行有效的行政规范性文件。\n区司法局牵头，区政府各部门负责\n10月底前\n2\n建立政策文件库动态更新机制。\n区政府办公室\n全年\n活动结束后发布活动综述。\n区政府办公室\n9月中旬\n抄送：区委办公室。'
    expect(brief(table)).toEqual([
      [1, '规范政策文件管理', '清理现行有效的行政规范性文件。', '区司法局牵头，区政府各部门负责', '10月底前'],
      [2, '', '建立政策文件库动态更新机制。', '区政府办公室', '全年'],
      [null, '', '活动结束后发布活动综述。', '区政府办公室', '9月中旬'],
    ])
  })

  it('reads a header written on one line with spaces', () => {
    const table = '序号 任务名称 任务内容 责任单位 时间节点\n1\n推进政策集成发布\n集中发布涉企政策。\n区政府办公室\n全年'
    expect(brief(table)).toEqual([[1, '推进政策集成发布', '集中发布涉企政策。', '区政府办公室', '全年']])
  })
})
