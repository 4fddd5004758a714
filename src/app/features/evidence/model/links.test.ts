import { describe, expect, it } from 'vitest'
import { normalizeLink } from './links'

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
