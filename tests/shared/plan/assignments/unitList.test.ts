import { describe, expect, it } from 'vitest'
import { parseUnitList } from '../../../../src/shared/plan/assignments/unitList'

const roles = (text: string) => {
  const { leads, owners, deadline } = parseUnitList(text, { year: 2024, issuedOn: null })
  return { leads, owners, deadline }
}

describe('parseUnitList', () => {
  it('splits leads (牵头) from owners (负责)', () => {
    expect(roles('局办公室牵头，各业务部门负责')).toEqual({ leads: ['局办公室'], owners: ['各业务部门'], deadline: null })
  })

  it('takes an unmarked list for owners', () => {
    expect(roles('区数据局、各部门')).toEqual({ leads: [], owners: ['区数据局', '各部门'], deadline: null })
  })

  it('reads labelled units and a deadline together', () => {
    expect(roles('责任单位：区府办、各部门，完成时限：全年')).toEqual({ leads: [], owners: ['区府办', '各部门'], deadline: '全年' })
    expect(roles('牵头单位：区司法局；配合单位：区政府各部门')).toEqual({ leads: ['区司法局'], owners: ['区政府各部门'], deadline: null })
  })

  it('reads an unlabelled deadline clause', () => {
    expect(roles('各街镇负责，第三季度')).toEqual({ leads: [], owners: ['各街镇'], deadline: '第三季度' })
  })

  it('keeps a unit printed with its second name in brackets whole', () => {
    expect(roles('区建设管理委（区交通委）、公安青浦分局负责')).toEqual({ leads: [], owners: ['区建设管理委（区交通委）', '公安青浦分局'], deadline: null })
  })

  it('splits 和/及 between units but not inside a unit\'s name', () => {
    expect(roles('各部门及青浦区生态环境局负责').owners).toEqual(['各部门', '青浦区生态环境局'])
    expect(roles('区规划和自然资源局、区住房和城乡建设管理委负责').owners).toEqual(['区规划和自然资源局', '区住房和城乡建设管理委'])
  })

  it('gives each district the bureau named after the last one', () => {
    expect(roles('崇明区、宝山区、金山区生态环境局牵头').leads).toEqual(['崇明区生态环境局', '宝山区生态环境局', '金山区生态环境局'])
    expect(roles('水处牵头，浦东新区、宝山区和崇明区生态环境局负责').owners).toEqual(['浦东新区生态环境局', '宝山区生态环境局', '崇明区生态环境局'])
  })

  it('reads the ways plans say "each within its remit" and "by"', () => {
    expect(roles('市政府办公厅牵头，各区政府、市有关部门按职责分工负责')).toEqual({ leads: ['市政府办公厅'], owners: ['各区政府', '市有关部门'], deadline: null })
    expect(roles('区发展改革委、区财政局等按职责负责').owners).toEqual(['区发展改革委', '区财政局'])
    expect(roles('由区府办牵头，区数据局配合，各部门负责')).toEqual({ leads: ['区府办'], owners: ['区数据局', '各部门'], deadline: null })
    expect(roles('区数据局负责，年内完成')).toEqual({ leads: [], owners: ['区数据局'], deadline: '年内完成' })
  })

  it('keeps 区政府各委、办、局 one group and reads 各镇、街道 as two', () => {
    expect(roles('区政府各委、办、局，各镇、街道负责').owners).toEqual(['区政府各委办局', '各镇', '各街道'])
  })

  it('says whether the text reads as units at all', () => {
    expect(parseUnitList('以下简称《条例》')).toMatchObject({ allUnits: false, anyUnit: false, marked: false })
    expect(parseUnitList('县、区')).toMatchObject({ allUnits: false })
    expect(parseUnitList('区数据局、各部门')).toMatchObject({ allUnits: true, marked: false })
  })
})
