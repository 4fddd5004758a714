// Golden tests on the five bundled documents: the facts the issue names, and what a reader of
// each document checks by eye (titles, units, deadlines), then the whole output against a
// reviewed golden file.
import { describe, expect, it } from 'vitest'
import { allText, countsByChapter, parseSeed, position } from './fixtures'

describe('seed 000: 2024 青浦区生态环境局 (PDF text, page marker)', () => {
  const plan = parseSeed(0)

  it('has 15 tasks in five chapters', () => {
    expect(plan.tasks).toHaveLength(15)
    expect(countsByChapter(plan)).toEqual([4, 2, 3, 4, 2])
  })

  it('reads its identity from the title and the 印发 line, and keeps its opening paragraph', () => {
    expect(plan).toMatchObject({ title: '2024年青浦区生态环境局政务公开工作要点', year: 2024, issuer: '青浦区生态环境局', docNumber: null, issuedOn: '2024-05-10', warnings: [] })
    expect(plan.preamble).toBe('为全面做好政务公开工作，以高质量政务公开服务美丽青浦建设，制定本工作要点。')
  })

  it('reads each item\'s units, including a group a page break cut in two', () => {
    const units = Object.fromEntries(plan.tasks.map(t => [position(t), t.assignments]))
    expect(units['1.1']).toEqual([{ leads: [], owners: ['综合规划科', '污染防治科', '自然生态科'] }])
    expect(units['1.2']).toEqual([{ leads: ['局办公室'], owners: ['综合规划科'] }])
    expect(units['2.1']).toEqual([{ leads: ['行政审批服务科'], owners: ['各业务部门'] }])
    expect(units['3.3']).toEqual([{ leads: ['局办公室'], owners: ['各业务部门'] }])
    expect(units['4.3']).toEqual([{ leads: ['局办公室'], owners: ['法制宣教科', '监测站'] }])
    expect(units['4.4']).toEqual([{ leads: ['办公室'], owners: [] }])
  })

  it('titles tasks by their opening requirement', () => {
    expect(plan.tasks.map(t => t.title).slice(0, 5)).toEqual([
      '做好《美丽青浦建设三年行动计划（2024-2026）》的发布与解读',
      '及时发布我局年度重大行政决策事项目录',
      '做好执法信息公开，及时公开单位年度行政执法工作计划',
      '公开轻微违法行为依法不予行政处罚清单',
      '优化政策推送服务',
    ])
    expect(allText(plan)).not.toMatch(/— 2 —|印发/)
  })
})

describe('seed 001: 2023 上海市生态环境局 (Markdown)', () => {
  const plan = parseSeed(1)

  it('has 20 tasks in six chapters', () => {
    expect(plan.tasks).toHaveLength(20)
    expect(countsByChapter(plan)).toEqual([3, 6, 2, 3, 4, 2])
    expect(plan.tasks[9].chapterTitle).toBe('围绕高效能治理推进生态环境监管信息公开')
  })

  it('reads the notice: number, issuer, signing date', () => {
    expect(plan).toMatchObject({ title: '2023年上海市生态环境局政务公开工作要点', year: 2023, issuer: '上海市生态环境局', docNumber: '沪环办〔2023〕66号', issuedOn: '2023-04-26', warnings: [] })
  })

  it('gives every sentence group its own units', () => {
    const units = Object.fromEntries(plan.tasks.map(t => [position(t), t.assignments]))
    expect(units['1.1']).toEqual([{ leads: ['办公室', '环评处', '法规处'], owners: ['各部门'] }, { leads: ['执法处'], owners: [] }])
    expect(units['1.2']).toEqual([{ leads: ['环评处'], owners: ['各相关区生态环境局'] }, { leads: ['崇明区生态环境局', '宝山区生态环境局', '金山区生态环境局'], owners: [] }])
    expect(units['1.3']).toEqual([{ leads: ['综合处', '宣教中心'], owners: ['各部门', '青浦区生态环境局'] }])
    expect(units['2.2']).toEqual([{ leads: ['水处'], owners: ['浦东新区生态环境局', '宝山区生态环境局', '崇明区生态环境局'] }, { leads: ['海洋处'], owners: ['各有关区生态环境局'] }])
    expect(units['3.1']).toHaveLength(3)
    expect(plan.tasks[0].checklist.map(c => c.leads)).toEqual([['办公室', '环评处', '法规处'], ['执法处']])
  })
})

describe('seed 002: 2021 青浦区 (body without units, breakdown table)', () => {
  const plan = parseSeed(2)
  const rows = plan.tasks.flatMap(t => t.checklist)

  it('has 22 tasks in seven chapters', () => {
    expect(plan.tasks).toHaveLength(22)
    expect(countsByChapter(plan)).toEqual([3, 2, 3, 3, 6, 2, 3])
  })

  it('reads the notice', () => {
    expect(plan).toMatchObject({ title: '2021年青浦区政务公开工作要点', year: 2021, issuer: '青浦区人民政府办公室', docNumber: '青府办发〔2021〕17号', issuedOn: '2021-04-21', warnings: [] })
  })

  it('has 75 table rows, 74 numbered and one without a number, each in exactly one task', () => {
    expect(rows).toHaveLength(75)
    expect(rows.every(c => c.source === 'table')).toBe(true)
    expect(rows.filter(c => c.row === null)).toHaveLength(1)
    expect(rows.map(c => c.row).filter(row => row !== null).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 74 }, (_, i) => i + 1))
  })

  it('puts every row under the body item its content comes from, merged name cells included', () => {
    expect(Object.fromEntries(plan.tasks.map(t => [position(t), t.checklist.map(c => c.row)]))).toEqual({
      1.1: [1, 2, 3, 4],
      1.2: [5, 6, 7],
      1.3: [8, 9],
      2.1: [10, 11, 12, 13, 14],
      2.2: [15, 16, 17, 18],
      3.1: [19],
      3.2: [20, 21, 22, 23],
      3.3: [24, 25],
      4.1: [26, 27],
      4.2: [28, 29],
      4.3: [30],
      5.1: [31, 32, 33, 34, 35, 36],
      5.2: [37, 38, 39, 40],
      5.3: [41, 42, 43, 44, 45, 46],
      5.4: [47, 48, 49, 50, 51],
      5.5: [52, 53, 54],
      5.6: [55, 56, 57, 58, 59, 60, 61, 62],
      6.1: [63, 64, 65, 66],
      6.2: [67, 68],
      7.1: [69, 70],
      7.2: [71, 72, 73],
      7.3: [74, null],
    })
  })

  it('reads each row\'s units and 时间节点', () => {
    const byRow = new Map(rows.map(c => [c.row, c]))
    expect(byRow.get(1)).toMatchObject({ leads: ['区政府办公室'], owners: ['区政府各部门', '各街镇'], deadline: '全年', due: '2021-12-31' })
    expect(byRow.get(6)).toMatchObject({ leads: ['区发展改革委'], deadline: '上半年', due: '2021-06-30' })
    expect(byRow.get(9)).toMatchObject({ deadline: '2月底前', due: '2021-02-28' })
    expect(byRow.get(25)).toMatchObject({ deadline: '8月份', due: '2021-08-31' })
    expect(byRow.get(30)).toMatchObject({ leads: ['区政府办公室', '区农业农村委', '区民政局'], owners: ['各街镇'] })
    expect(byRow.get(58)).toMatchObject({ leads: [], owners: ['公安青浦分局', '区建设管理委', '区城管执法局'] })
    expect(byRow.get(null)).toMatchObject({ owners: ['区政府办公室'], deadline: '12月底前', due: '2021-12-31' })
  })

  it('gives each task its latest due date, its rows\' units and the targets in its text', () => {
    const task = Object.fromEntries(plan.tasks.map(t => [position(t), t]))
    expect(task['3.1']).toMatchObject({ due: '2021-03-31', deadline: '3月底前' })
    expect(task['3.3']).toMatchObject({ due: '2021-11-30', deadline: '11月底前' })
    expect(task['5.1'].assignments).toEqual([{ leads: [], owners: ['区卫生健康委'] }])
    expect(task['2.1'].targets).toEqual([{ text: '年内各街镇、区政府各部门多元化解读率不得低于60%', op: '>=', value: 60, unit: '%' }])
    expect(task['3.2'].targets.map(t => [t.value, t.unit])).toEqual([[3, '次'], [1, '次']])
    expect(task['7.3'].targets).toEqual([{ text: '落实将政务公开工作纳入绩效考核且分值不低于4%', op: '>=', value: 4, unit: '%' }])
  })
})

describe('seed 003: 2024 青浦区 (PDF text, unit groups without markers)', () => {
  const plan = parseSeed(3)

  it('has 16 tasks in four chapters', () => {
    expect(plan.tasks).toHaveLength(16)
    expect(countsByChapter(plan)).toEqual([6, 3, 4, 3])
  })

  it('reads the notice, its title split over two lines', () => {
    expect(plan).toMatchObject({ title: '2024年青浦区政务公开工作要点', year: 2024, issuer: '青浦区人民政府办公室', docNumber: '青府办发〔2024〕14号', issuedOn: '2024-04-30' })
  })

  it('reads unmarked unit lists as owners, and 责任单位：', () => {
    const units = Object.fromEntries(plan.tasks.map(t => [position(t), t.assignments]))
    expect(units['1.1']).toEqual([{ leads: [], owners: ['区政府办公室', '各相关部门'] }, { leads: [], owners: ['区经委', '区数据局', '各部门'] }])
    expect(units['4.2'][1].owners).toEqual(['区政府办公室', '区建管委', '区规划资源局', '区住房保障管理局', '各街镇'])
    expect(units['4.3']).toEqual([{ leads: [], owners: ['区委组织部', '区政府办公室', '各部门', '各街镇'] }])
  })

  it('dates 发布后20日内 from the signing date and reports the closing paragraph it kept in 四（三）', () => {
    const closing = plan.tasks[15].checklist.find(c => c.deadline !== null)
    expect(closing).toMatchObject({ deadline: '本工作要点发布后20日内', due: '2024-05-20', leads: [], owners: [] })
    expect(plan.warnings).toEqual([expect.stringMatching(/^第266行：四（三）最后一个责任单位括号之后/)])
  })
})

describe('seed 004: 2020 上海市生态环境局 (web page, no units)', () => {
  const plan = parseSeed(4)

  it('has 18 tasks in five chapters', () => {
    expect(plan.tasks).toHaveLength(18)
    expect(countsByChapter(plan)).toEqual([5, 2, 5, 3, 3])
  })

  it('reads the notice inside the web page', () => {
    expect(plan).toMatchObject({ title: '2020年上海市生态环境局政务公开工作要点', year: 2020, issuer: '上海市生态环境局', docNumber: '沪环办〔2020〕88号', issuedOn: '2020-05-08' })
  })

  it('invents no units and lets no page furniture into the tasks', () => {
    expect(plan.tasks.every(t => t.assignments.length === 0 && t.checklist.every(c => c.leads.length + c.owners.length === 0))).toBe(true)
    expect(allText(plan)).not.toMatch(/食品伙伴网|地区|标签|扫码|法规中心|Processed|声明|当前位置/)
    expect(plan.warnings).toHaveLength(3)
  })

  it('makes each requirement sentence a checklist item and reads the target in brackets', () => {
    expect(plan.tasks[0].checklist.map(c => c.text)[0]).toBe('实时发布环境空气质量数据，及时公布空气质量预报信息。')
    expect(plan.tasks[10]).toMatchObject({ title: '深化会议公开工作', targets: [{ text: '年内不少于2次', op: '>=', value: 2, unit: '次' }] })
  })
})

describe('golden files', () => {
  it.each([0, 1, 2, 3, 4])('seed %i parses to its reviewed output', async (index) => {
    await expect(`${JSON.stringify(parseSeed(index), null, 2)}\n`).toMatchFileSnapshot(`golden/seed-00${index}.json`)
  })
})
