// A task table copied alone, without the plan around it and without a 序号 column.
import { describe, expect, it } from 'vitest'
import { readPlanDraft } from '../../../../src/shared/plan'
import { position, sampleText } from '../fixtures'

const brief = (draft: ReturnType<typeof readPlanDraft>) => draft.tasks.map(t => [position(t), t.chapterTitle, t.title, t.checklist.map(c => [c.text, c.leads, c.owners, c.deadline, c.due])])

describe('a tab-separated table copied from Word, with a merged category and a two-line cell', () => {
  const draft = readPlanDraft(sampleText('table-bare'), { hints: { year: 2025 } })

  it('makes each named row a task with its units and deadlines, categories as chapters', () => {
    expect(brief(draft)).toEqual([
      ['1.1', '信息发布', '规范信息发布', [
        ['建立发布前审核机制，做到先审后发。', [], ['办公室'], '3月底前', '2025-03-31'],
        ['每季度至少1次对网站栏目进行自查。', [], ['办公室', '信息科'], '全年', '2025-12-31'],
      ]],
      ['1.2', '信息发布', '办好开放活动', [['组织开放活动至少2场，每场不少于20人。', [], ['宣传科'], '9月中旬', '2025-09-20']]],
      ['2.1', '政策解读', '做好政策解读', [['重要政策文件同步发布解读材料。', ['法规科'], ['各业务科室'], '持续推进', null]]],
    ])
    expect(draft.tasks[1].targets.map(t => [t.value, t.unit])).toEqual([[2, '场'], [20, '人']])
  })

  it('asks for the title and issuer a table alone does not give', () => {
    expect(draft.missing).toEqual(['title', 'issuer'])
    expect(draft.unrecognised).toEqual([])
  })
})

describe('a table copied from a web page one cell per line, without 序号', () => {
  const draft = readPlanDraft(sampleText('table-bare-cells'), { hints: { year: 2025 } })

  it('finds where each row ends by its deadline and joins a cell broken over two lines', () => {
    expect(brief(draft)).toEqual([
      ['1.1', '', '深化主动公开', [['按月更新“法定主动公开内容”栏目，确保信息准确、完整。', ['综合科'], [], '全年', '2025-12-31']]],
      ['1.2', '', '推进公众参与', [['组织重大决策公众参与活动不少于3次。', ['规划科'], [], '11月下旬前', '2025-11-30']]],
      ['1.3', '', '强化监督保障', [['将政务公开纳入年度考核。', ['人事科'], [], '12月上旬', '2025-12-10']]],
    ])
  })
})

describe('a table copied from a web page whose merged cells are left out of later rows', () => {
  const text = [
    '序号\t类别\t工作任务\t具体要求\t责任单位\t完成时限',
    '1\t政策公开\t推进集成发布\t集中发布涉企政策。\t区政府办公室\t全年',
    '2\t强化政策解读\t同步发布解读材料，',
    '解读率100%。\t区政府各部门\t6月底前',
    '3\t公众参与\t办好开放活动\t开展开放活动不少于3场。\t区政府办公室\t8月份',
  ].join('\n')

  it('keeps 序号 first, gives the short row\'s cells to the last columns, and joins the two-line cell', () => {
    const draft = readPlanDraft(text, { hints: { year: 2024, issuer: '青浦区', title: '2024年青浦区政务公开任务分解表' } })
    expect(brief(draft)).toEqual([
      ['1.1', '政策公开', '推进集成发布', [['集中发布涉企政策。', [], ['区政府办公室'], '全年', '2024-12-31']]],
      ['1.2', '政策公开', '强化政策解读', [['同步发布解读材料，解读率100%。', [], ['区政府各部门'], '6月底前', '2024-06-30']]],
      ['2.1', '公众参与', '办好开放活动', [['开展开放活动不少于3场。', [], ['区政府办公室'], '8月份', '2024-08-31']]],
    ])
    expect(draft.tasks[1].checklist[0].row).toBe(2)
  })
})
