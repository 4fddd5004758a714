import { describe, expect, it } from 'vitest'
import { involvesUnit } from '../../../src/shared/feedback/involves'

describe('involvesUnit', () => {
  it('holds for the unit that recorded an item and the unit it was referred to, and no other', () => {
    const referred = { unit: '区生态环境局', referredTo: '区建管委' }
    expect(involvesUnit(referred, '区生态环境局')).toBe(true)
    expect(involvesUnit(referred, '区建管委')).toBe(true)
    expect(involvesUnit(referred, '区教育局')).toBe(false)
    expect(involvesUnit({ unit: '区生态环境局', referredTo: null }, '区教育局')).toBe(false)
  })
})
