// A task's names as its own plan means them: groups expand within the plan owner's organization.
import { describe, expect, it } from 'vitest'
import { indexDirectory } from '../../../../shared/units/directory'
import { directoryCoverage, directoryCoverageIndex, planResolvers, taskConcernsUnit } from './directoryCoverage'
import { testNodes } from '../../../../../tests/shared/directoryFixture'

const directory = indexDirectory(testNodes)
const plans = new Map([
  ['district', { issuer: '青浦区人民政府办公室' }],
  ['bureau', { issuer: '青浦区生态环境局' }],
  ['city', { issuer: '上海市生态环境局', unitMap: { 办公室: '上海市生态环境局/局办公室' } }],
])
const resolverOf = planResolvers(directory, plans)

describe('coverage through the directory', () => {
  it('expands 各部门 within the plan owner\'s organization only', () => {
    const covers = directoryCoverage(resolverOf)
    expect(covers(['各部门'], '区数据局', { planId: 'district' })).toBe(true)
    expect(covers(['各部门'], '大气处', { planId: 'district' })).toBe(false)
    expect(covers(['各部门'], '综合规划科', { planId: 'bureau' })).toBe(true)
    expect(covers(['各部门'], '区数据局', { planId: 'bureau' })).toBe(false)
    expect(covers(['各处室'], '大气处', { planId: 'city' })).toBe(true)
    expect(covers(['各处室'], '综合规划科', { planId: 'city' })).toBe(false)
  })

  it('reads a name by the plan\'s unit map: the city plan\'s 办公室 is the city bureau\'s, not the district bureau\'s', () => {
    expect(taskConcernsUnit({ planId: 'city', units: ['办公室'] }, '上海市生态环境局/局办公室', resolverOf)).toBe(true)
    expect(taskConcernsUnit({ planId: 'city', units: ['办公室'] }, '局办公室', resolverOf)).toBe(false)
    expect(taskConcernsUnit({ planId: 'unknown', units: ['区数据局'] }, '区数据局', resolverOf)).toBe(false)
  })

  it('indexes which listed units a name covers, per plan', () => {
    const coveredBy = directoryCoverageIndex(resolverOf)(['区数据局', '综合规划科', '大气处'])
    expect(coveredBy('各部门', 'district')).toEqual([0])
    expect(coveredBy('各部门', 'bureau')).toEqual([1])
    expect(coveredBy('大气处', 'city')).toEqual([2])
    expect(coveredBy('各部门', undefined)).toEqual([])
  })
})
