import { describe, expect, it } from 'vitest'
import { isGenericGroup, looksLikeUnitName, unitKindOf } from '../../../src/shared/units'

describe('isGenericGroup', () => {
  it.each(['各部门', '区政府各部门', '各街镇', '各相关部门', '各业务部门', '各相关单位', '局属各单位', '机关各处室', '各区生态环境局', '各有关区生态环境局', '有关部门', '市有关部门'])('%s is a group', (name) => {
    expect(isGenericGroup(name)).toBe(true)
  })

  it.each(['区政府办公室', '朱家角镇', '综合规划科', '区数据局', '公安青浦分局'])('%s is a concrete unit', (name) => {
    expect(isGenericGroup(name)).toBe(false)
  })
})

describe('unitKindOf', () => {
  it.each([
    ['夏阳街道', 'street'],
    ['朱家角镇', 'street'],
    ['白鹤镇人民政府', 'street'],
    ['区生态环境局', 'department'],
    ['区卫生健康委', 'department'],
    ['区政务服务办', 'department'],
    ['区融媒体中心', 'department'],
    ['公安青浦分局', 'department'],
    ['浦东新区生态环境局', 'department'],
    ['区委组织部', 'department'],
    ['综合规划科', 'section'],
    ['环评处', 'section'],
    ['执法大队', 'section'],
    ['监测站', 'section'],
    ['宣教中心', 'section'],
    ['区政府办公室', 'office'],
    ['区府办', 'office'],
    ['局办公室', 'office'],
    ['办公室', 'office'],
    ['各街镇', 'group'],
    ['食品伙伴网', 'other'],
  ])('%s is a %s', (name, kind) => {
    expect(unitKindOf(name)).toBe(kind)
  })
})

describe('looksLikeUnitName', () => {
  it.each(['区数据局', '各部门', '区建设管理委（区交通委）', '执法总队', '浦东新区'])('%s reads like a unit', (name) => {
    expect(looksLikeUnitName(name)).toBe(true)
  })

  it.each(['以下简称《条例》', '2024-2026', '计划', '县', '表', '年内不少于2次', '修订版'])('%s does not', (name) => {
    expect(looksLikeUnitName(name)).toBe(false)
  })
})
