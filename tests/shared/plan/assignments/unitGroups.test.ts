import { describe, expect, it } from 'vitest'
import { findUnitGroups, withoutUnitGroups } from '../../../../src/shared/plan/assignments/unitGroups'

const groupsOf = (text: string) => findUnitGroups(text).map(({ leads, owners, deadline }) => ({ leads, owners, deadline }))

describe('findUnitGroups', () => {
  it('finds each sentence group\'s own units', () => {
    const text = '提升营商环境专栏信息覆盖面。（办公室、环评处牵头，各部门负责）做好轻微违法行为清单的精准推介。（执法处牵头）'
    expect(groupsOf(text)).toEqual([
      { leads: ['办公室', '环评处'], owners: ['各部门'], deadline: null },
      { leads: ['执法处'], owners: [], deadline: null },
    ])
  })

  it('takes an unmarked list of units after a sentence', () => {
    expect(groupsOf('开展政策直播。（区融媒体中心、区数据局）')).toEqual([{ leads: [], owners: ['区融媒体中心', '区数据局'], deadline: null }])
  })

  it('leaves book titles, abbreviations and explanations in the text', () => {
    const text = '做好《美丽青浦建设三年行动计划（2024-2026）》的发布，对照《政府信息公开条例》（以下简称《条例》）要求，发挥各地市（县、区）联动作用，推动历史规划（计划）归集。'
    expect(findUnitGroups(text)).toEqual([])
  })

  it('does not take a long explanation that ends in 牵头 for a unit list', () => {
    expect(findUnitGroups('做好集成发布。（围绕优化营商环境开展的各项政策集成发布工作由区发展和改革委员会牵头）')).toEqual([])
  })

  it('does not take a unit\'s second name in the middle of a sentence for a group', () => {
    expect(findUnitGroups('区建设管理委（区交通委）要做好停车信息公开。')).toEqual([])
  })

  it('reads a unit list with brackets nested inside it', () => {
    expect(groupsOf('加大打击力度。（区建设管理委（区交通委）牵头，公安青浦分局负责）')).toEqual([{ leads: ['区建设管理委（区交通委）'], owners: ['公安青浦分局'], deadline: null }])
  })

  it('reads half-width brackets and colons once normalized, with the deadline inside', () => {
    expect(groupsOf('公开执业登记信息。（责任单位：医政科，完成时限：6月底前）')).toEqual([{ leads: [], owners: ['医政科'], deadline: '6月底前' }])
  })
})

describe('withoutUnitGroups', () => {
  it('takes the groups out and leaves the rest', () => {
    const text = '及时发布目录。（局办公室牵头）做好公开。（各部门负责）'
    expect(withoutUnitGroups(text, findUnitGroups(text))).toBe('及时发布目录。做好公开。')
  })
})
