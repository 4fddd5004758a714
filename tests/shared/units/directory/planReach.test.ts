// Which plans a device lists once it holds the directory: those that reach its organization.
import { describe, expect, it } from 'vitest'
import { indexDirectory, planReachesOrganization, type PlanUnitsSource } from '../../../../src/shared/units/directory'
import { testNodes } from '../../directoryFixture'

const directory = indexDirectory(testNodes)

function plan(issuer: string, names: string[], extra: Partial<PlanUnitsSource> = {}): PlanUnitsSource {
  return { issuer, tasks: [{ assignments: [{ leads: names, owners: [] }], checklist: [] }], ...extra }
}

const district = { organizationId: '青浦区人民政府', unitId: '区数据局' }
const bureau = { organizationId: '区生态环境局', unitId: '综合规划科' }
const city = { organizationId: '上海市生态环境局', unitId: '大气处' }

describe('planReachesOrganization', () => {
  it('keeps the city bureau\'s own plan from the district\'s staff', () => {
    const cityPlan = plan('上海市生态环境局', ['大气处', '水处', '各处室'])
    expect(planReachesOrganization(directory, cityPlan, district)).toBe(false)
    expect(planReachesOrganization(directory, cityPlan, bureau)).toBe(false)
    expect(planReachesOrganization(directory, cityPlan, city)).toBe(true)
  })

  it('lets a plan issued above my unit reach me: the district\'s plan reaches a district bureau\'s sections', () => {
    const districtPlan = plan('青浦区人民政府办公室', ['区数据局', '各部门'])
    expect(planReachesOrganization(directory, districtPlan, district)).toBe(true)
    expect(planReachesOrganization(directory, districtPlan, bureau)).toBe(true)
    expect(planReachesOrganization(directory, districtPlan, city)).toBe(false)
  })

  it('lists a plan of an organization inside mine (the district bureau\'s plan for the district)', () => {
    expect(planReachesOrganization(directory, plan('青浦区生态环境局', ['综合规划科']), district)).toBe(true)
  })

  it('reaches the unit a plan of another organization names, and only that unit\'s organization', () => {
    const cityPlanForBureau = plan('上海市生态环境局', ['大气处'], { unitMap: { 青浦区生态环境局: '区生态环境局' } })
    expect(planReachesOrganization(directory, { ...cityPlanForBureau, tasks: [{ assignments: [{ leads: ['青浦区生态环境局'], owners: [] }], checklist: [] }] }, bureau)).toBe(true)
    expect(planReachesOrganization(directory, plan('上海市生态环境局', ['区数据局']), district)).toBe(true)
    expect(planReachesOrganization(directory, cityPlanForBureau, district)).toBe(false)
  })

  it('uses the stored owner before the issuer, and reaches no one with an unknown owner and names', () => {
    expect(planReachesOrganization(directory, plan('某某委员会', ['大气处'], { owner: '区生态环境局' }), bureau)).toBe(true)
    expect(planReachesOrganization(directory, plan('某某委员会', ['某某科']), district)).toBe(false)
    expect(planReachesOrganization(directory, plan('青浦区人民政府', []), { organizationId: '不存在' })).toBe(false)
  })

  it('on a phone holding only its own organization\'s units, keeps out a plan owned elsewhere whose names have namesakes here', () => {
    const cityOnly = indexDirectory(testNodes.filter(node => ['上海市生态环境局', '上海市生态环境局/局办公室', '大气处', '水处', '浦东新区生态环境局'].includes(node.id)))
    const bureauPlan = plan('青浦区生态环境局', ['局办公室', '综合规划科'], { owner: '区生态环境局', unitMap: { 局办公室: '局办公室', 综合规划科: '综合规划科' } })
    expect(planReachesOrganization(cityOnly, bureauPlan, city)).toBe(false)
    expect(planReachesOrganization(cityOnly, plan('青浦区生态环境局', ['大气处'], { owner: '区生态环境局', unitMap: { 大气处: '大气处' } }), city)).toBe(true)
  })
})
