// Text without its title line: a WeChat article copied from its first paragraph. The draft
// holds every task, says what is missing, and becomes a plan once the coordinator answers.
import { describe, expect, it } from 'vitest'
import { NotAWorkPlanError, parsePlan, PlanIncompleteError, planFromDraft, readPlanDraft, recordFromDraft } from '../../../../src/shared/plan'
import { allText, position, sampleText } from '../fixtures'

const text = sampleText('wechat-untitled')

describe('a WeChat article without the plan\'s title', () => {
  const draft = readPlanDraft(text, { source: '微信文章' })

  it('reads every task and asks for the title, year and issuer instead of refusing', () => {
    expect(draft.tasks.map(t => [position(t), t.title])).toEqual([['1.1', '完善政策集中发布'], ['1.2', '提升解读质量'], ['2.1', '办好政府开放活动'], ['2.2', '做好意见征集']])
    expect(draft.missing).toEqual(['title', 'year', 'issuer'])
    expect(draft).toMatchObject({ title: null, year: null, issuer: null, suggestedTitle: null })
    expect(draft.recognised).toMatchObject({ title: null, titleFrom: null, year: null, issuer: null, tasks: 4, dueDates: 0 })
  })

  it('keeps the deadline phrases but no dates while the year is unknown', () => {
    expect(draft.tasks[0].checklist.map(c => [c.deadline, c.due])).toEqual([['2月28日前', null], ['第二季度', null]])
  })

  it('lists the article\'s buttons as unrecognised lines with why, and keeps them out of the tasks', () => {
    expect(draft.unrecognised.map(u => u.line)).toEqual([1, 9, 10, 11, 12, 13, 14, 15, 16, 17])
    expect(draft.unrecognised[0]).toEqual({ line: 1, text: '原创金山发布2025年03月18日09:30上海', why: expect.stringMatching(/^网页导航.*\(?web page furniture/) })
    expect(allText(draft as never)).not.toMatch(/扫一扫|阅读原文|写留言|金山发布/)
    expect(draft.preamble).toMatch(/^为深入贯彻落实/)
  })

  it('cannot become a plan or a record while something is missing', () => {
    expect(() => planFromDraft(draft)).toThrow(PlanIncompleteError)
    expect(() => recordFromDraft(draft, { importedAt: 1 })).toThrow(/^工作要点缺少标题、年份、发文单位，请补充后再导入 \(the plan is missing its title, year, issuer\)$/)
    expect(() => parsePlan(text)).toThrow(PlanIncompleteError)
  })

  it('takes the coordinator\'s answers: dates appear with the year, and a title is suggested', () => {
    const answered = readPlanDraft(text, { hints: { year: 2025, issuer: ' 金山区人民政府办公室 ' } })
    expect(answered.missing).toEqual(['title'])
    expect(answered.suggestedTitle).toBe('2025年金山区人民政府办公室政务公开工作要点')
    expect(answered.tasks[0].checklist.map(c => [c.text, c.due])).toEqual([
      ['于2月28日前发布年度重大行政决策事项目录', '2025-02-28'],
      ['第二季度内完成政策文件库的分类整理。', '2025-06-30'],
    ])
    expect(answered.tasks[2]).toMatchObject({ due: '2025-09-20', targets: [{ value: 20, unit: '人' }] })
    expect(answered.tasks[1].targets).toEqual([{ text: '各单位全年至少组织开展政策解读直播2次', op: '>=', value: 2, unit: '次' }])
    expect(answered.tasks[3].targets.map(t => [t.value, t.unit])).toEqual([[30, '日'], [1, '次']])
  })

  it('becomes a valid record once complete, with the same tasks', () => {
    const complete = readPlanDraft(text, { source: '微信文章', hints: { year: 2025, issuer: '金山区人民政府办公室', title: '2025年金山区政务公开工作要点' } })
    expect(complete.missing).toEqual([])
    const record = recordFromDraft(complete, { importedAt: 1_700_000_000_000 })
    expect(record).toMatchObject({ title: '2025年金山区政务公开工作要点', year: 2025, issuer: '金山区人民政府办公室', source: '微信文章', bundled: false })
    expect(record.tasks).toHaveLength(4)
  })

  it('ignores an answer a record cannot hold: the field stays missing', () => {
    expect(readPlanDraft(text, { hints: { year: 1999, issuer: '   ', title: '' } }).missing).toEqual(['title', 'year', 'issuer'])
  })
})

describe('an article whose headline names the plan in 《》', () => {
  it('takes the title (and so the year and issuer) from the headline', () => {
    const draft = readPlanDraft(`一图读懂｜《2025年金山区政务公开工作要点》\n${text}`)
    expect(draft).toMatchObject({ title: '2025年金山区政务公开工作要点', year: 2025, issuer: '金山区', missing: [], recognised: { titleFrom: 'notice' } })
    expect(draft.tasks).toHaveLength(4)
  })

  it('does not take a plan the opening sentence cites', () => {
    const draft = readPlanDraft(`根据《2025年上海市政务公开工作要点》，结合本区实际，制定本要点。\n${text}`)
    expect(draft.missing).toEqual(['title', 'year', 'issuer'])
  })
})

describe('hints over what the document says', () => {
  const titled = `2024年青浦区政务公开工作要点\n一、加强政策公开\n（一）做好解读。（区府办负责）`

  it('keeps the document\'s values in recognised and lets a given hint win', () => {
    const draft = readPlanDraft(titled, { hints: { issuer: '青浦区人民政府办公室' } })
    expect(draft).toMatchObject({ issuer: '青浦区人民政府办公室', missing: [], recognised: { issuer: '青浦区', titleFrom: 'title-line', year: 2024 } })
  })

  it('still refuses a document that is titled as another kind, or has no tasks', () => {
    expect(() => readPlanDraft(sampleText('annual-report'))).toThrow(NotAWorkPlanError)
    expect(() => readPlanDraft(sampleText('notice'))).toThrow(/“青浦区人民政府办公室关于开展2024年“政府开放月”活动的通知”是另一类文件/)
    expect(() => readPlanDraft('为做好政务公开工作，各单位要高度重视，抓好落实。')).toThrow(/^文字中找不到编号的任务或分解表/)
  })
})
