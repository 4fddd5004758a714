import { describe, expect, it } from 'vitest'
import { groupCovers } from '../../../src/shared/units'

describe('groupCovers', () => {
  it('各街镇 covers every street and town and nothing else', () => {
    expect(groupCovers('各街镇', '夏阳街道')).toBe(true)
    expect(groupCovers('各街镇', '朱家角镇')).toBe(true)
    expect(groupCovers('各街镇', '区数据局')).toBe(false)
  })

  it('区政府各委办局 covers the district\'s bureaus', () => {
    expect(groupCovers('区政府各委办局', '区数据局')).toBe(true)
    expect(groupCovers('区政府各委办局', '朱家角镇')).toBe(false)
  })

  it('各镇 covers towns but not streets', () => {
    expect(groupCovers('各镇', '朱家角镇')).toBe(true)
    expect(groupCovers('各镇', '夏阳街道')).toBe(false)
  })

  it('区政府各部门 covers bureaus and the office, not streets or a bureau\'s sections', () => {
    expect(groupCovers('区政府各部门', '区生态环境局')).toBe(true)
    expect(groupCovers('区政府各部门', '区政府办公室')).toBe(true)
    expect(groupCovers('区政府各部门', '区府办')).toBe(true)
    expect(groupCovers('区政府各部门', '夏阳街道')).toBe(false)
    expect(groupCovers('区政府各部门', '综合规划科')).toBe(false)
  })

  it('各部门 covers bureaus and, in a bureau\'s plan, its sections', () => {
    expect(groupCovers('各部门', '区教育局')).toBe(true)
    expect(groupCovers('各部门', '法制宣教科')).toBe(true)
    expect(groupCovers('各部门', '朱家角镇')).toBe(false)
  })

  it('各业务部门 covers sections but not the office that leads them', () => {
    expect(groupCovers('各业务部门', '综合规划科')).toBe(true)
    expect(groupCovers('各业务部门', '局办公室')).toBe(false)
  })

  it('各相关部门 covers every department', () => {
    expect(groupCovers('各相关部门', '区数据局')).toBe(true)
    expect(groupCovers('各相关部门', '区政府办公室')).toBe(true)
    expect(groupCovers('各有关部门', '环评处')).toBe(true)
    expect(groupCovers('各相关部门', '夏阳街道')).toBe(false)
  })

  it('各相关单位 covers streets too', () => {
    expect(groupCovers('各相关单位', '夏阳街道')).toBe(true)
  })

  it('局属各单位 and 机关各处室 split a bureau between its affiliates and its sections', () => {
    expect(groupCovers('局属各单位', '监测站')).toBe(true)
    expect(groupCovers('局属各单位', '环评处')).toBe(false)
    expect(groupCovers('机关各处室', '环评处')).toBe(true)
    expect(groupCovers('机关各处室', '监测站')).toBe(false)
  })

  it('各区生态环境局 covers each district\'s bureau of that name', () => {
    expect(groupCovers('各区生态环境局', '浦东新区生态环境局')).toBe(true)
    expect(groupCovers('各有关区生态环境局', '崇明区生态环境局')).toBe(true)
    expect(groupCovers('各区生态环境局', '崇明区水务局')).toBe(false)
  })

  it('reads 各部门 by who wrote the plan: a government\'s bureaus, a bureau\'s sections', () => {
    expect(groupCovers('各部门', '区数据局', '青浦区人民政府办公室')).toBe(true)
    expect(groupCovers('各部门', '区政府办公室', '青浦区人民政府办公室')).toBe(true)
    expect(groupCovers('各部门', '综合规划科', '青浦区人民政府办公室')).toBe(false)
    expect(groupCovers('各部门', '综合规划科', '青浦区生态环境局')).toBe(true)
    expect(groupCovers('各部门', '局办公室', '青浦区生态环境局')).toBe(true)
    expect(groupCovers('各部门', '区数据局', '青浦区生态环境局')).toBe(false)
    expect(groupCovers('各业务部门', '局办公室', '上海市生态环境局')).toBe(false)
    expect(groupCovers('区政府各部门', '区数据局', '青浦区生态环境局')).toBe(true)
  })

  it('does not give one district\'s groups another district\'s units', () => {
    expect(groupCovers('各部门', '浦东新区生态环境局', '青浦区人民政府办公室')).toBe(false)
    expect(groupCovers('各部门', '青浦区生态环境局', '上海市青浦区人民政府办公室')).toBe(true)
    expect(groupCovers('各区生态环境局', '浦东新区生态环境局', '上海市生态环境局')).toBe(true)
  })

  it('a concrete unit is not a group', () => {
    expect(groupCovers('区数据局', '区数据局')).toBe(false)
  })
})
