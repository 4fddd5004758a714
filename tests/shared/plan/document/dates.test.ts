import { describe, expect, it } from 'vitest'
import { addDays, findDate, isDateLine, lastDayOfMonth } from '../../../../src/shared/plan/document/dates'

describe('dates', () => {
  it('reads dates as plans print them', () => {
    expect(findDate('青浦区生态环境局办公室2024年5月10日印发')).toBe('2024-05-10')
    expect(findDate('二〇二一年四月二十一日')).toBe('2021-04-21')
    expect(findDate('发布日期2020-05-09')).toBe('2020-05-09')
    expect(findDate('2021年2月30日')).toBeNull()
  })

  it('knows a line that is only a date', () => {
    expect(isDateLine('2024年 4月 30日')).toBe(true)
    expect(isDateLine('于2024年4月30日前完成')).toBe(false)
  })

  it('counts days across months and leap years', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29')
    expect(lastDayOfMonth(2100, 2)).toBe('2100-02-28')
    expect(addDays('2024-02-20', 10)).toBe('2024-03-01')
  })
})
