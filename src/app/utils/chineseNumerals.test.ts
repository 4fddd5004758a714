import { describe, expect, it } from 'vitest'
import { chineseNumeral } from './chineseNumerals'

describe('chineseNumeral', () => {
  it('numbers chapters as plans print them', () => {
    expect([1, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十一', '九十九'])
  })
})
