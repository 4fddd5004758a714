import { describe, expect, it } from 'vitest'
import { chineseNumeral } from '../../../src/app/utils/chineseNumerals'
import { addDays, daysBetween, dueMonth, isDueWithin, isOverdue, todayIso } from '../../../src/app/utils/dates'
import { normalizeLink } from '../../../src/app/utils/links'
import { fittedSize } from '../../../src/app/utils/photoResize'
import { describeWriteError, isQuotaExceeded } from '../../../src/app/utils/writeErrors'

describe('dates', () => {
  it('takes today in the phone\'s own calendar', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05')
  })

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })

  it('tells overdue from due soon, and a missing date from both', () => {
    expect(isOverdue('2024-06-29', '2024-06-30')).toBe(true)
    expect(isOverdue('2024-06-30', '2024-06-30')).toBe(false)
    expect(isDueWithin('2024-06-30', '2024-06-30', 30)).toBe(true)
    expect(isDueWithin('2024-08-01', '2024-06-30', 30)).toBe(false)
    expect(isOverdue(null, '2024-06-30') || isDueWithin(null, '2024-06-30', 30)).toBe(false)
    expect(dueMonth('2024-06-30')).toBe(6)
  })
})

describe('chineseNumeral', () => {
  it('numbers chapters as plans print them', () => {
    expect([1, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十一', '九十九'])
  })
})

describe('normalizeLink', () => {
  it('accepts a published page as typed, adding https:// when missing', () => {
    expect(normalizeLink(' www.shqp.gov.cn/zwgk/1.html ')).toBe('https://www.shqp.gov.cn/zwgk/1.html')
    expect(normalizeLink('http://example.gov.cn')).toBe('http://example.gov.cn/')
  })

  it('refuses what is not a web address', () => {
    expect(normalizeLink('javascript:alert(1)')).toBeNull()
    expect(normalizeLink('开放日照片')).toBeNull()
    expect(normalizeLink('ftp://example.com/file')).toBeNull()
    expect(normalizeLink('')).toBeNull()
  })
})

describe('fittedSize', () => {
  it('shrinks the longest side to the limit and keeps the proportions', () => {
    expect(fittedSize(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 })
    expect(fittedSize(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 })
  })

  it('never enlarges a small photo', () => {
    expect(fittedSize(800, 600, 1600)).toEqual({ width: 800, height: 600 })
  })
})

describe('write errors', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')

  it('recognises a full disk directly and wrapped by Dexie', () => {
    expect(isQuotaExceeded(quota)).toBe(true)
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaExceeded(new Error('x'))).toBe(false)
  })

  it('says the phone is full and nothing was saved', () => {
    expect(describeWriteError(quota)).toContain('存储空间已满')
    expect(describeWriteError(new Error('boom'))).toContain('boom')
  })
})
