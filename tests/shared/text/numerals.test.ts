import { describe, expect, it } from 'vitest'
import { chineseDigitsToNumber, chineseNumeral, chineseToNumber, circledToNumber, numberToChinese } from '../../../src/shared/text/numerals'

describe('Chinese numerals', () => {
  it.each([['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['一百零五', 105]])('%s is %i', (text, value) => {
    expect(chineseToNumber(text as string)).toBe(value)
  })

  it('reads a year written digit by digit', () => {
    expect(chineseDigitsToNumber('二〇二一')).toBe(2021)
  })
})

describe('numberToChinese', () => {
  it.each([[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [99, '九十九'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [345, '三百四十五']])('%i is %s and back', (value, text) => {
    expect(numberToChinese(value as number)).toBe(text)
    expect(chineseToNumber(text as string)).toBe(value)
  })
})

describe('chineseNumeral', () => {
  it('numbers chapters as plans print them', () => {
    expect([1, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十一', '九十九'])
  })

  it('leaves numbers no chapter has as digits', () => {
    expect([0, 100, 2.5, -1].map(chineseNumeral)).toEqual(['0', '100', '2.5', '-1'])
  })
})

describe('circledToNumber', () => {
  it('reads ① to ⑳ and nothing else', () => {
    expect(['①', '⑩', '⑳', '1'].map(circledToNumber)).toEqual([1, 10, 20, null])
  })
})
