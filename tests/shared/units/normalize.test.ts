import { describe, expect, it } from 'vitest'
import { normalizeUnitName, sameUnit, unitNamesOf } from '../../../src/shared/units'

describe('normalizeUnitName', () => {
  it('trims spaces that PDF extraction leaves inside a name', () => {
    expect(normalizeUnitName(' 区政府办 公室 ')).toBe('区政府办公室')
  })

  it('maps the aliases the plans use side by side to one spelling', () => {
    expect(normalizeUnitName('区府办')).toBe('区政府办公室')
    expect(normalizeUnitName('区建管委')).toBe('区建设管理委')
    expect(normalizeUnitName('区网信办')).toBe('区委网信办')
    expect(normalizeUnitName('办公室')).toBe('局办公室')
  })

  it('names a unit printed with its second name by its first name', () => {
    expect(normalizeUnitName('区建设管理委（区交通委）')).toBe('区建设管理委')
    expect(normalizeUnitName('区建设管理委(区交通委)')).toBe('区建设管理委')
  })

  it('drops a trailing 等 and stray quotes', () => {
    expect(normalizeUnitName('“区数据局”等')).toBe('区数据局')
  })

  it('leaves a name that is not an alias alone', () => {
    expect(normalizeUnitName('区生态环境局')).toBe('区生态环境局')
  })
})

describe('unitNamesOf and sameUnit', () => {
  it('lets a unit answer to the name in its parentheses', () => {
    expect(unitNamesOf('区建设管理委（区交通委）')).toEqual(['区建设管理委'])
    expect(sameUnit('区交通委', '区建设管理委（区交通委）')).toBe(true)
    expect(sameUnit('区府办', '区政府办公室')).toBe(true)
  })

  it('keeps different units apart', () => {
    expect(sameUnit('区政府办公室', '区政务服务办')).toBe(false)
    expect(sameUnit('浦东新区生态环境局', '宝山区生态环境局')).toBe(false)
  })
})
