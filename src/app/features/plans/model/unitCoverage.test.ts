import { setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { planToRows } from '../../../db/planRepository'
import { useSettingsStore } from '../../../stores/settings'
import { rollUp } from '../../../../shared/plan/rollup'
import { coverageByPlan, namesCoverUnit, taskNamesUnit } from './unitCoverage'
import { bureau2024 } from '../../../../../tests/helpers/app/bureauPlan'
import { qingpu2024 } from '../../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../../tests/helpers/app/mountApp'

const [bureauTask] = planToRows(bureau2024).tasks
const issuers = new Map([[bureau2024.id, bureau2024.issuer], [qingpu2024.id, qingpu2024.issuer]])
const issuerOf = (planId: string) => issuers.get(planId)

describe('unit coverage with the plan\'s issuer', () => {
  it('reads 各部门 in a bureau\'s own plan as its sections, not as the district\'s bureaus', () => {
    expect(namesCoverUnit(['各部门'], '监测科', bureau2024.issuer)).toBe(true)
    expect(namesCoverUnit(['各部门'], '区数据局', bureau2024.issuer)).toBe(false)
    expect(namesCoverUnit(['各部门'], '区数据局', '青浦区人民政府')).toBe(true)
    expect(namesCoverUnit(['各部门'], '监测科', '青浦区人民政府')).toBe(false)
  })

  it('remembers answers per issuer, so one plan\'s reading never leaks into another\'s', () => {
    expect(namesCoverUnit(['各部门'], '区财政局', '青浦区人民政府')).toBe(true)
    expect(namesCoverUnit(['各部门'], '区财政局', bureau2024.issuer)).toBe(false)
    expect(namesCoverUnit(['各部门'], '区财政局', '青浦区人民政府')).toBe(true)
  })

  it('finds each task\'s issuer through its plan', () => {
    expect(taskNamesUnit(bureauTask, '区数据局', issuerOf)).toBe(false)
    expect(taskNamesUnit(bureauTask, '综合规划科', issuerOf)).toBe(true)
    const rollup = rollUp([bureauTask], '区数据局', new Map(), coverageByPlan(issuerOf))
    expect(rollup.byTask.get(bureauTask.id)).toEqual({ share: null, done: 0, total: 0, openDue: null, alarm: null })
    expect(rollUp([bureauTask], '监测科', new Map(), coverageByPlan(issuerOf)).byTask.get(bureauTask.id)?.total).toBe(1)
  })
})

describe('"my unit" on 首页', () => {
  const pinia = createPinia()
  beforeAll(() => {
    setActivePinia(pinia)
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
  })

  async function overdueTitles(unit: string) {
    await resetDevice([qingpu2024, bureau2024])
    useSettingsStore().myUnit = unit
    const { wrapper } = await mountApp(pinia, '/')
    await vi.waitFor(() => expect(wrapper.find('.year-progress').exists()).toBe(true))
    const titles = wrapper.findAll('.task-section')[0].findAll('.task-row__title').map(row => row.text())
    wrapper.unmount()
    return titles
  }

  it('leaves a bureau\'s internal task out of another bureau\'s overdue list', async () => {
    expect(await overdueTitles('区数据局')).toEqual(['丰富完善政策留言板功能'])
  })

  it('shows it to the bureau\'s own sections (青浦区 names no scope, so its 各部门 still includes them)', async () => {
    expect(await overdueTitles('监测科')).toEqual([bureauTask.title, '丰富完善政策留言板功能'])
  })
})
