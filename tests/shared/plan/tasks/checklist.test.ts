import { describe, expect, it } from 'vitest'
import { emptyRow } from '../../../../src/shared/plan/table/row'
import { rowChecklistItem } from '../../../../src/shared/plan/tasks/tableChecklist'
import { textChecklist } from '../../../../src/shared/plan/tasks/textChecklist'
import { headingSentenceOf, taskTitleOf } from '../../../../src/shared/plan/tasks/title'

const context = { year: 2024, issuedOn: '2024-04-30' }

describe('textChecklist', () => {
  it('groups the sentences before each unit group into one item with that group\'s units', () => {
    const text = '扩大政策阅办联动覆盖面。推动政策文件发布界面全面实现“阅办联动”。（区数据局、各有关部门）年内新增政策文件全面上线“阅办联动”功能。加强技术巡检。（区数据局牵头，各部门负责）'
    expect(textChecklist(text, context)).toEqual([
      { text: '推动政策文件发布界面全面实现“阅办联动”。', leads: [], owners: ['区数据局', '各有关部门'], deadline: null, due: null, source: 'text', row: null },
      { text: '年内新增政策文件全面上线“阅办联动”功能。加强技术巡检。', leads: ['区数据局'], owners: ['各部门'], deadline: '年内', due: '2024-12-31', source: 'text', row: null },
    ])
  })

  it('makes one item per sentence when the text names no units', () => {
    expect(textChecklist('生态环境质量信息公开。实时发布环境空气质量数据。定期发布《上海市生态环境状况公报》。', context).map(item => item.text)).toEqual([
      '实时发布环境空气质量数据。',
      '定期发布《上海市生态环境状况公报》。',
    ])
  })

  it('keeps text after the last unit group, with no units', () => {
    const items = textChecklist('加强业务培训。（区政府办公室）各部门于本工作要点发布后20日内发布本单位要点。', context)
    expect(items[1]).toMatchObject({ text: '各部门于本工作要点发布后20日内发布本单位要点。', leads: [], owners: [], deadline: '本工作要点发布后20日内', due: '2024-05-20' })
  })

  it('takes the deadline a unit group states over one in the text', () => {
    expect(textChecklist('年内完成目录更新。（责任单位：办公室，完成时限：6月底前）', context)[0]).toMatchObject({ deadline: '6月底前', due: '2024-06-30' })
  })

  it('keeps a requirement that is only its heading', () => {
    expect(textChecklist('做好环评与排污许可制度衔接试点工作信息公开。（环评处牵头）', context).map(item => item.text)).toEqual(['做好环评与排污许可制度衔接试点工作信息公开。'])
  })
})

describe('a requirement with two deadlines', () => {
  it('becomes two items, each with its own due date and the group\'s units', () => {
    const items = textChecklist('于2月28日前发布本单位年度工作要点，第二季度内完成解读材料上线。（办公室牵头，各科室负责）', context)
    expect(items.map(item => [item.text, item.deadline, item.due, item.leads, item.owners])).toEqual([
      ['于2月28日前发布本单位年度工作要点', '2月28日前', '2024-02-28', ['办公室'], ['各科室']],
      ['第二季度内完成解读材料上线。', '第二季度', '2024-06-30', ['办公室'], ['各科室']],
    ])
  })

  it('splits a sentence without units, and reads 上旬 and 下旬 as the 10th and the month\'s last day', () => {
    expect(textChecklist('开放活动方案于7月上旬报送，活动综述于8月下旬前公开。', context).map(item => [item.text, item.due])).toEqual([
      ['开放活动方案于7月上旬报送', '2024-07-10'],
      ['活动综述于8月下旬前公开。', '2024-08-31'],
    ])
  })

  it('keeps one item where both dates fall in one clause, the same date repeats, or the group states the deadline', () => {
    expect(textChecklist('3月底前至6月底前分批完成清理。', context).map(item => item.due)).toEqual(['2024-06-30'])
    expect(textChecklist('6月底前完成目录更新，6月底前完成链接检查。', context)).toHaveLength(1)
    expect(textChecklist('3月底前启动，6月底前完成。（责任单位：办公室，完成时限：年底前）', context).map(item => item.due)).toEqual(['2024-12-31'])
  })

  it('does not cut at a comma inside brackets or a title', () => {
    expect(textChecklist('做好《2024年3月底前，规范性文件清理办法》6月底前的解读。', context)).toHaveLength(1)
  })
})

describe('task titles', () => {
  it('takes the heading sentence an item opens with', () => {
    expect(headingSentenceOf('规范政务信息管理。政府网站引用行政法规的，要及时更新。')).toBe('规范政务信息管理。')
    expect(taskTitleOf('规范政务信息管理。政府网站引用行政法规的，要及时更新。')).toBe('规范政务信息管理')
  })

  it('shortens a long first sentence to its opening clause', () => {
    expect(taskTitleOf('做好《美丽青浦建设三年行动计划（2024-2026）》的发布与解读，及时公开污染防治，“无废城市”建设推进情况。')).toBe('做好《美丽青浦建设三年行动计划（2024-2026）》的发布与解读')
    expect(taskTitleOf('公开轻微违法行为依法不予行政处罚清单；公布市政府设定的证明事项清单，列明设定依据、索证单位、开具单位等信息。')).toBe('公开轻微违法行为依法不予行政处罚清单')
  })
})

describe('rowChecklistItem', () => {
  it('turns a table row into an item with its units and due date', () => {
    const row = { ...emptyRow(40), number: 2, content: '推进规范性文件统一公开。', units: '区政府办公室牵头，区政府各部门、各街镇负责', deadline: '10月底前' }
    expect(rowChecklistItem(row, { year: 2021, issuedOn: null })).toEqual({ text: '推进规范性文件统一公开。', leads: ['区政府办公室'], owners: ['区政府各部门', '各街镇'], deadline: '10月底前', due: '2021-10-31', source: 'table', row: 2 })
  })

  it('keeps the row\'s own task name with its content when it differs from the task\'s title', () => {
    const row = { ...emptyRow(3), number: 1, name: '规范行政法规权威文本使用', content: '及时更新完善。', units: '区政府办公室', deadline: '全年' }
    expect(rowChecklistItem(row, { year: 2021, issuedOn: null }, '规范政务信息管理').text).toBe('规范行政法规权威文本使用：及时更新完善。')
    expect(rowChecklistItem(row, { year: 2021, issuedOn: null }, '规范行政法规权威文本使用').text).toBe('及时更新完善。')
  })

  it('reads separate 牵头 and 配合 columns', () => {
    const row = { ...emptyRow(1), number: 1, name: '办好开放活动', leads: '区政府办公室', owners: '区融媒体中心、各街镇', deadline: '' }
    expect(rowChecklistItem(row, { year: 2021, issuedOn: null })).toMatchObject({ text: '办好开放活动', leads: ['区政府办公室'], owners: ['区融媒体中心', '各街镇'], deadline: null, due: null })
  })
})
