import { describe, expect, it } from 'vitest'
import { csvField, feedbackCsv, feedbackNumber } from '../../../src/shared/feedback/csv'
import { feedback, withContact } from './fixtures'

const coordinator = { role: 'coordinator', unit: '区政府办公室' } as const
const otherUnit = { role: 'staff', unit: '区建管委' } as const
const today = '2025-06-25'

/** A minimal RFC 4180 reader, to prove the export reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"')
        field += text[i++]
      else if (c === '"')
        quoted = false
      else
        field += c
    }
    else if (c === '"') {
      quoted = true
    }
    else if (c === ',') {
      row.push(field)
      field = ''
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    }
    else {
      field += c
    }
  }
  return rows
}

describe('CSV fields', () => {
  it('quote commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('普通文字')).toBe('普通文字')
    expect(csvField('甲,乙')).toBe('"甲,乙"')
    expect(csvField('他说"好"')).toBe('"他说""好"""')
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvField(null)).toBe('')
    expect(csvField(4)).toBe('4')
  })

  it('defuse text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('@SUM(A1)')).toBe('\'@SUM(A1)')
    expect(csvField(-1)).toBe('-1')
  })
})

describe('feedback CSV', () => {
  const items = [
    feedback({ ...withContact, content: '停车位太少，"希望"增加\n谢谢', rating: 4, eventId: '0197', replyDue: '2025-06-24' }),
    feedback({ status: 'replied', reply: '已答复', repliedOn: '2025-06-05', adoption: 'adopted', respondentType: 'deputy', taskId: 't1' }),
  ]

  it('starts with a BOM, ends lines with CRLF and has Chinese headers', () => {
    const csv = feedbackCsv(items, { viewer: coordinator, today })
    expect(csv.startsWith('\uFEFF编号,登记日期,登记单位,关联活动,关联任务,主题,意见建议内容,反映人类型,评分,姓名,联系电话,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(4)
  })

  it('reads back to the same values, in Chinese words', () => {
    const eventTitles = new Map([['0197', '污水处理厂开放日']])
    const [header, first, second] = parseCsv(feedbackCsv(items, { viewer: coordinator, today, eventTitles }).slice(1))
    const row = (values: string[]) => Object.fromEntries(header.map((h, i) => [h, values[i]]))
    expect(row(first)).toMatchObject({ 意见建议内容: '停车位太少，"希望"增加\n谢谢', 关联活动: '污水处理厂开放日', 评分: '4', 姓名: '张三', 联系电话: '13812341234', 处理状态: '已登记', 是否逾期: '是', 反映人类型: '市民代表' })
    expect(row(second)).toMatchObject({ 关联任务: 't1', 处理状态: '已答复', 答复内容: '已答复', 答复日期: '2025-06-05', 采纳情况: '已采纳', 是否逾期: '否', 反映人类型: '人大代表/政协委员', 姓名: '' })
  })

  it('numbers each item shortly and readably, keeping the full id last', () => {
    const [header, first] = parseCsv(feedbackCsv(items, { viewer: coordinator, today }).slice(1))
    const number = first[header.indexOf('编号')]
    expect(number).toMatch(/^\d{8}-[0-9A-F]{6}$/)
    expect(number).toBe(feedbackNumber(items[0]))
    expect(number.startsWith(items[0].receivedOn.replace(/-/g, ''))).toBe(true)
    expect(first[header.indexOf('记录ID')]).toBe(items[0].id)
  })

  it('fills 关联任务 of an item recorded at an event with the tasks that event serves', () => {
    const eventTaskTitles = new Map([['0197', ['开展政府开放日活动', '加强政策解读']]])
    const [header, first, second] = parseCsv(feedbackCsv(items, { viewer: coordinator, today, eventTaskTitles }).slice(1))
    expect(first[header.indexOf('关联任务')]).toBe('开展政府开放日活动；加强政策解读')
    expect(second[header.indexOf('关联任务')]).toBe('t1')
  })

  it('names units as the directory does when given its names, ids otherwise', () => {
    const referred = { ...items[0], referredTo: '区建管委' }
    const named = (unit: string) => `名录：${unit}`
    const [header, first] = parseCsv(feedbackCsv([referred], { viewer: coordinator, today, unitName: named }).slice(1))
    expect(first[header.indexOf('登记单位')]).toBe(named(referred.unit))
    expect(first[header.indexOf('转办单位')]).toBe('名录：区建管委')
    const [, plain] = parseCsv(feedbackCsv([referred], { viewer: coordinator, today }).slice(1))
    expect(plain[header.indexOf('转办单位')]).toBe('区建管委')
  })

  it('masks contact details for viewers who may not see them', () => {
    const [header, first] = parseCsv(feedbackCsv(items, { viewer: otherUnit, today }).slice(1))
    expect(first[header.indexOf('联系电话')]).toBe('138****1234')
    expect(first[header.indexOf('姓名')]).toBe('张*')
  })

  it('is just the header for no items', () => {
    expect(parseCsv(feedbackCsv([], { viewer: coordinator, today }).slice(1))).toHaveLength(1)
  })
})
