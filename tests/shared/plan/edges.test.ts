// Unit groups, plans without units, documents that are not plans, and text nothing can place.
import { describe, expect, it } from 'vitest'
import { NotAWorkPlanError, parsePlan } from '../../../src/shared/plan'
import { sampleText } from './fixtures'

const plan = (body: string) => parsePlan(`2024年青浦区政务公开工作要点\n${body}`)

describe('unit groups in the text', () => {
  it('gives each sentence group of an item its own units', () => {
    const { tasks } = plan('一、加强政策公开\n（一）推动阅办联动。（区数据局、各有关部门）加强技术巡检，确保链接不断链。（区数据局牵头，各部门负责）')
    expect(tasks[0].assignments).toEqual([{ leads: [], owners: ['区数据局', '各有关部门'] }, { leads: ['区数据局'], owners: ['各部门'] }])
    expect(tasks[0].checklist.map(c => [c.text, c.leads, c.owners])).toEqual([
      ['推动阅办联动。', [], ['区数据局', '各有关部门']],
      ['加强技术巡检，确保链接不断链。', ['区数据局'], ['各部门']],
    ])
  })

  it('reads nested brackets in a unit list and leaves titles, abbreviations and explanations in the text', () => {
    const { tasks } = plan('一、加强重点领域公开\n（一）对照《政府信息公开条例》（以下简称《条例》）做好《青浦区停车设施规划（2024-2026）》解读，专题公开停车场（库）收费信息。（区建设管理委（区交通委）牵头，公安青浦分局负责）')
    expect(tasks[0].assignments).toEqual([{ leads: ['区建设管理委（区交通委）'], owners: ['公安青浦分局'] }])
    expect(tasks[0].checklist[0].text).toBe('对照《政府信息公开条例》（以下简称《条例》）做好《青浦区停车设施规划（2024-2026）》解读，专题公开停车场（库）收费信息。')
    expect(tasks[0].text).toContain('（以下简称《条例》）')
  })

  it('reads units and a deadline in one group', () => {
    const { tasks } = plan('一、加强政策解读\n（一）做好政策解读。（责任单位：区府办、各部门，完成时限：全年）')
    expect(tasks[0]).toMatchObject({ assignments: [{ leads: [], owners: ['区府办', '各部门'] }], deadline: '全年', due: '2024-12-31' })
  })
})

describe('a plan without any units', () => {
  it('has tasks with no assignments and invents none', () => {
    const { tasks } = plan('一、加强生态环境信息公开\n（一）生态环境质量信息公开。实时发布空气质量数据。定期发布环境状况公报。\n（二）监管执法信息公开。按月公开违法企业名单。')
    expect(tasks.map(t => t.assignments)).toEqual([[], []])
    expect(tasks.flatMap(t => t.checklist.map(c => [c.leads, c.owners]))).toEqual([[[], []], [[], []], [[], []]])
  })
})

describe('documents that are not work plans', () => {
  it.each([
    ['an annual report', sampleText('annual-report')],
    ['a notice', sampleText('notice')],
    ['an empty file', ''],
    ['only blank lines and page numbers', '\n\n— 2 —\n\n'],
    ['text in another language', 'Annual report on open government information, 2023.\nChapter 1. Overview'],
  ])('%s is refused with a reason', (_, text) => {
    expect(() => parsePlan(text)).toThrow(NotAWorkPlanError)
  })

  it('says what is missing in Chinese and English on one line', () => {
    expect(() => parsePlan(sampleText('annual-report'))).toThrow(/^找不到工作要点的标题.*\(no work-plan title found, not a work plan\)$/)
  })

  it('refuses a titled document without numbered tasks or a table', () => {
    expect(() => plan('为做好政务公开工作，各单位要高度重视，抓好落实。')).toThrow(/找不到编号的任务或分解表/)
  })
})

describe('nothing is dropped silently', () => {
  it('reports text it could not place, with line numbers', () => {
    const { tasks, warnings } = parsePlan([
      '2024年青浦区政务公开工作要点',
      '一、加强政策解读',
      '本部分围绕政策解读展开。',
      '（一）做好解读。（区府办负责）',
      '三、的相关工作同步推进。',
      '二、夯实工作基础',
      '（一）加强培训。（各部门负责）各街镇要同步开展培训。',
      '抄送：区委办公室。',
      '青浦区人民政府办公室 2024年5月6日印发',
      '本文另有一页手写批注',
    ].join('\n'))
    expect(tasks).toHaveLength(2)
    expect(warnings).toEqual([
      expect.stringMatching(/^第3行：章节导语不属于任何任务.*本部分围绕政策解读展开/),
      expect.stringMatching(/^第5行：编号“三、”不连续/),
      expect.stringMatching(/^第5行：一（一）最后一个责任单位括号之后的文字没有标明责任单位.*三、的相关工作同步推进/),
      expect.stringMatching(/^第7行：二（一）最后一个责任单位括号之后的文字没有标明责任单位.*各街镇要同步开展培训/),
      expect.stringMatching(/^第10行：正文之后的文字不属于任何任务.*手写批注/),
    ])
    expect(tasks[0].text).toContain('三、的相关工作同步推进。')
  })

  it('uses the input\'s line numbers when a PDF broke the text', () => {
    const { warnings } = parsePlan('\n\n2024年青浦区政务公开工作要点\n\n一、加强政策解读\n（一）做好解读。（区府办负责）\n\n— 2 —\n\n区府办\n牵头抓总，各部门协同。\n\n二、夯实基础\n（一）做好。（各部门负责）')
    expect(warnings).toEqual([expect.stringMatching(/^第10行：一（一）最后一个责任单位括号之后/)])
  })
})
