import { describe, expect, it } from 'vitest'
import { findDeadlines, isDeadlinePhrase, readDeadline } from '../../../../src/shared/plan/rules/deadlines'

const in2021 = { year: 2021, issuedOn: '2021-04-21' }
const in2024 = { year: 2024, issuedOn: '2024-04-30' }
const dueOf = (cell: string, context = in2021) => readDeadline(cell, context)?.due

describe('deadline cells → due dates in the plan year', () => {
  it.each(['全年', '年内', '年底前', '12月底前', '年底'])('%s → 31 December', (cell) => {
    expect(dueOf(cell)).toBe('2021-12-31')
  })

  it('N月底前 → the last day of month N, leap years right', () => {
    expect(dueOf('10月底前')).toBe('2021-10-31')
    expect(dueOf('6月底前')).toBe('2021-06-30')
    expect(dueOf('2月底前')).toBe('2021-02-28')
    expect(dueOf('2月底前', in2024)).toBe('2024-02-29')
  })

  it('N月N日前 → that day', () => {
    expect(dueOf('3月31日前')).toBe('2021-03-31')
    expect(dueOf('2024年6月30日前', in2021)).toBe('2024-06-30')
  })

  it('上半年 and 下半年', () => {
    expect(dueOf('上半年')).toBe('2021-06-30')
    expect(dueOf('下半年')).toBe('2021-12-31')
  })

  it('第N季度 → the quarter\'s last day', () => {
    expect(dueOf('第一季度')).toBe('2021-03-31')
    expect(dueOf('第三季度')).toBe('2021-09-30')
    expect(dueOf('二季度')).toBe('2021-06-30')
  })

  it('N月份 → the month\'s last day', () => {
    expect(dueOf('8月份')).toBe('2021-08-31')
    expect(dueOf('2月份', in2024)).toBe('2024-02-29')
  })

  it('N月上旬/中旬/下旬 → the 10th, the 20th, the last day', () => {
    expect(dueOf('9月上旬')).toBe('2021-09-10')
    expect(dueOf('11月中旬')).toBe('2021-11-20')
    expect(dueOf('2月下旬', in2024)).toBe('2024-02-29')
  })

  it('下一年第一季度 → the next year\'s 31 March', () => {
    expect(dueOf('下一年第一季度')).toBe('2022-03-31')
    expect(dueOf('次年1月底前')).toBe('2022-01-31')
  })

  it('发布后20日内 counts from the plan\'s issue date', () => {
    expect(dueOf('本工作要点发布后20日内', in2024)).toBe('2024-05-20')
    expect(dueOf('印发之日起10个工作日内', in2024)).toBe('2024-05-14')
  })

  it('a relative deadline has no date when the plan has no issue date', () => {
    expect(readDeadline('发布后20日内', { year: 2024, issuedOn: null })).toEqual({ deadline: '发布后20日内', due: null })
  })

  it('持续推进 and 长期 keep their text and have no date', () => {
    expect(readDeadline('持续推进', in2021)).toEqual({ deadline: '持续推进', due: null })
    expect(readDeadline('长期', in2021)).toEqual({ deadline: '长期', due: null })
  })

  it('takes the latest date of a cell with two', () => {
    expect(dueOf('6月底前启动，12月底前完成')).toBe('2021-12-31')
  })
})

describe('findDeadlines in running text', () => {
  it('finds the phrases that say by when', () => {
    expect(findDeadlines('各单位应于3月31日前确定并发布事项目录，年内邀请代表不少于1次，并于下一年第一季度公开评估结果。', in2021).map(d => [d.text, d.due])).toEqual([
      ['3月31日前', '2021-03-31'],
      ['年内', '2021-12-31'],
      ['下一年第一季度', '2022-03-31'],
    ])
  })

  it('does not take a date that is not a deadline, a frequency, or 五年内 for one', () => {
    expect(findDeadlines('经2021年4月21日区政府常务会议审议，每季度通报一次，五年内逐步推进，在8月集中开展。', in2021)).toEqual([])
  })

  it('does not take 持续推进 in a sentence for a deadline', () => {
    expect(findDeadlines('持续推进政府开放活动。', in2021)).toEqual([])
  })
})

describe('isDeadlinePhrase', () => {
  it.each(['全年', '10月底前', '6月底前完成', '持续推进', '下一年第一季度', '第三季度', '8月份', '2024年6月30日前'])('%s says only when', (text) => {
    expect(isDeadlinePhrase(text)).toBe(true)
  })

  it.each(['区政府办公室', '各部门负责', '全年举办政策直播不少于4场', ''])('%s says more', (text) => {
    expect(isDeadlinePhrase(text)).toBe(false)
  })
})
