// Plan shapes the five seeds do not have, each in a small document of its own (fixtures/).
import { describe, expect, it } from 'vitest'
import { allText, parseSample, position } from './fixtures'

describe('a three-level plan (一、→（一）→1.)', () => {
  const plan = parseSample('three-level')

  it('makes the deepest numbered level the tasks, numbered by position in the chapter', () => {
    expect(plan.tasks.map(t => [position(t), t.sectionTitle ?? null, t.title])).toEqual([
      ['1.1', '做优政策发布', '完善政策文件库'],
      ['1.2', '做优政策发布', '规范政策解读'],
      ['1.3', '做实政策推送', '拓展推送渠道'],
      ['1.4', '做实政策推送', '开展政策直播'],
      ['2.1', '深化基层标准化', '更新标准目录'],
      ['2.2', '深化基层标准化', '推进村务公开'],
      ['2.3', null, '加强队伍建设'],
    ])
  })

  it('reads deadlines in the text and in the unit groups', () => {
    expect(plan.tasks.map(t => [t.deadline, t.due])).toEqual([
      ['年底前', '2024-12-31'],
      [null, null],
      ['6月30日前', '2024-06-30'],
      ['全年', '2024-12-31'],
      ['第三季度', '2024-09-30'],
      ['下半年', '2024-12-31'],
      ['3月下旬', '2024-03-31'],
    ])
  })

  it('reads targets', () => {
    expect(plan.tasks[1].targets).toEqual([{ text: '多元化解读率不低于70%', op: '>=', value: 70, unit: '%' }])
    expect(plan.tasks[3].targets).toEqual([{ text: '全年举办政策直播不少于4场', op: '>=', value: 4, unit: '场' }])
  })

  it('reads the notice around the plan', () => {
    expect(plan).toMatchObject({ title: '2024年松江区政务公开工作要点', year: 2024, issuer: '松江区人民政府办公室', docNumber: '松府办发〔2024〕9号', issuedOn: '2024-03-15', warnings: [] })
  })
})

describe('continuous numbering and half-width punctuation', () => {
  const plan = parseSample('continuous')

  it('keeps the printed number as the item', () => {
    expect(plan.tasks.map(position)).toEqual(['1.1', '1.2', '2.3', '2.4', '3.5', '3.6'])
  })

  it('reads (责任单位:…,完成时限:…) written with half-width punctuation', () => {
    expect(plan.tasks.map(t => [t.assignments, t.deadline, t.due])).toEqual([
      [[{ leads: [], owners: ['办公室', '疾控科'] }], '全年', '2022-12-31'],
      [[{ leads: [], owners: ['医政科'] }], '6月底前', '2022-06-30'],
      [[{ leads: [], owners: ['各科室'] }], '持续推进', null],
      [[{ leads: [], owners: ['办公室', '宣传科'] }], '11月中旬', '2022-11-20'],
      [[{ leads: [], owners: ['办公室'] }], '12月底前', '2022-12-31'],
      [[{ leads: [], owners: ['办公室'] }], '1月底前', '2022-01-31'],
    ])
  })

  it('keeps the deadline clause out of the requirement text', () => {
    expect(plan.tasks[0].checklist[0].text).toBe('做好疫情防控信息发布，及时公开核酸检测点位和疫苗接种安排。')
  })
})

describe('text extracted from a PDF', () => {
  const plan = parseSample('pdf-broken')

  it('finds every task despite page numbers and broken lines', () => {
    expect(plan.tasks.map(t => [position(t), t.title])).toEqual([
      ['1.1', '深化政策集成式发布'],
      ['1.2', '强化政策精准推送'],
      ['2.1', '完善基层公开标准目录'],
      ['2.2', '推动政府开放活动常态化'],
      ['3.1', '各部门、各街镇要对照本要点明确分工'],
    ])
  })

  it('leaves no page number in any task and joins a wrapped chapter heading', () => {
    expect(allText(plan)).not.toMatch(/— ?1 ?—|- 2 -|第 ?3 ?页/)
    expect(plan.tasks[0].chapterTitle).toBe('以政策公开助力营商环境持续优化，推动惠企政策更加直达快享')
  })

  it('reads unit groups a line break cut in two, and names with stray spaces', () => {
    expect(plan.tasks[0].assignments).toEqual([{ leads: ['区发展改革委', '区经委'], owners: ['各相关部门'] }])
    expect(plan.tasks[1].assignments).toEqual([{ leads: ['区数据局'], owners: ['各部门'] }])
    expect(plan.tasks[3].assignments).toEqual([{ leads: ['区政府办公室'], owners: ['各部门', '各街镇'] }])
  })

  it('dates 2月底前 in a leap year and 印发后15日内 from the signing date', () => {
    expect(plan.issuedOn).toBe('2024-02-28')
    expect(plan.tasks[0].due).toBe('2024-02-29')
    expect(plan.tasks[2].due).toBe('2024-09-10')
    expect(plan.tasks[4]).toMatchObject({ deadline: '本要点印发后15日内', due: '2024-03-14' })
    expect(plan.tasks[3].due).toBeNull()
  })
})

describe('a plan copied from a web page', () => {
  const plan = parseSample('web-page')

  it('finds the tasks and lets no navigation, share button, footer or advert into them', () => {
    expect(plan.tasks.map(t => t.title)).toEqual(['推动政策集成发布', '提升政策解读质量', '办好政府开放活动', '做好意见征集反馈'])
    expect(allText(plan)).not.toMatch(/当前位置|发布时间|分享|扫一扫|上一篇|下一篇|版权所有|ICP|技术支持|字号/)
  })

  it('reports the page furniture it left out, with line numbers', () => {
    expect(plan.warnings).toEqual([
      expect.stringMatching(/^第2–7行：网页导航/),
      expect.stringMatching(/^第15–21行：网页导航.*扫一扫/),
    ])
    expect(plan.issuedOn).toBe('2023-03-20')
  })
})

describe('a document that is only a table', () => {
  const plan = parseSample('table-only')

  it('makes each named row a task and each category a chapter', () => {
    expect(plan.tasks.map(t => [position(t), t.chapterTitle, t.title, t.checklist.map(c => c.row)])).toEqual([
      ['1.1', '政策公开', '推进政策集成发布', [1, 2]],
      ['1.2', '政策公开', '强化政策解读', [3]],
      ['2.1', '公众参与', '办好政府开放活动', [4, null]],
      ['2.2', '公众参与', '做好意见征集', [5]],
    ])
  })

  it('keeps each row\'s units and deadline', () => {
    expect(plan.tasks[0].checklist[0]).toMatchObject({ source: 'table', leads: ['区政府办公室'], owners: ['区政府各部门'], deadline: '全年', due: '2022-12-31' })
    expect(plan.tasks[2]).toMatchObject({ deadline: '9月上旬', due: '2022-09-10' })
    expect(plan.tasks[3]).toMatchObject({ deadline: '持续推进', due: null })
  })
})

describe('a breakdown table extracted one cell per line', () => {
  const plan = parseSample('table-cells')

  it('gives each body task the rows that break it down, merged and unnumbered rows included', () => {
    expect(plan.tasks.map(t => [position(t), t.checklist.map(c => c.row)])).toEqual([['1.1', [1, 2]], ['1.2', [3, 4]], ['2.1', [5, null]]])
    expect(plan.tasks[0].assignments).toEqual([{ leads: ['区司法局'], owners: ['区政府各部门'] }, { leads: [], owners: ['区政府办公室'] }])
  })

  it('reports the row whose text the body does not contain', () => {
    expect(plan.warnings).toEqual([expect.stringMatching(/^第39行：分解表无序号的一行在正文中找不到对应内容，按位置归入二（一）/)])
  })
})
