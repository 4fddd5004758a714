// Issue 10 §1: a district device holding the directory lists none of the city bureau's plans, and
// 总览 counts only the district's units (no 大气处/督察办/水处 from 各部门 of other plans).
import type { DirectoryNode } from '../../../shared/units/directory/node'
import { setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { useOverview } from './composables/useOverview'
import { adoptSession } from '../../db/identity'
import { saveDirectory } from '../../db/directoryRepository'
import { useSessionStore } from '../../stores/session'
import { usePlanLibrary } from '../plans'
import bundledPlans from 'virtual:seed-plans'
import directoryDocument from '../../../../seeds/directory.json'
import { indexDirectory, subtreeIds } from '../../../shared/units/directory'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const nodes = directoryDocument.nodes as DirectoryNode[]
const districtUnits = new Set(subtreeIds(indexDirectory(nodes), '青浦区人民政府'))
const pinia = createPinia()

describe('a 区数据局 device with the unit directory', () => {
  beforeAll(async () => {
    setActivePinia(pinia)
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    await resetDevice(bundledPlans)
    await adoptSession({ token: 'token-data', expiresAt: Date.now() + 3_600_000, user: { id: 'data', username: 'data', displayName: '王科长', unit: '区数据局', role: 'coordinator' } })
    await saveDirectory({ version: 1, unitId: '区数据局', organizationId: '青浦区人民政府', nodes }, 'data')
    await useSessionStore().load()
  })

  it('lists no plan of 上海市生态环境局, and every plan of the district and its bureau', async () => {
    const library = usePlanLibrary()
    await vi.waitFor(() => expect(library.ready.value && library.plans.value.length).toBeTruthy(), { timeout: 5_000 })
    expect(library.plans.value.map(plan => plan.owner).sort()).toEqual(['区生态环境局', '青浦区人民政府', '青浦区人民政府'])
    expect(library.tasks.value.every(task => library.planById.value.get(task.planId)?.owner !== '上海市生态环境局')).toBe(true)
  })

  it('shows in 总览 for 2024 only units of 青浦区人民政府', async () => {
    useOverview().year.value = 2024
    const { wrapper } = await mountApp(pinia, '/overview')
    await vi.waitFor(() => expect(wrapper.findAll('.unit-table tbody tr').length).toBeGreaterThan(3), { timeout: 5_000 })
    const units = useOverview().overview.value.units.map(unit => unit.unit)
    expect(units.filter(unit => !districtUnits.has(unit))).toEqual([])
    const shown = wrapper.findAll('.unit-table tbody tr th').map(cell => cell.text())
    for (const cityUnit of ['大气处', '督察办', '水处'])
      expect(shown.some(text => text.includes(cityUnit))).toBe(false)
    expect(shown.some(text => text.includes('区数据局'))).toBe(true)
    wrapper.unmount()
  })

  it('names units by the directory: the city bureau\'s 局办公室 (id 上海市生态环境局/局办公室) shows as 局办公室', async () => {
    await adoptSession({ token: 'token-city', expiresAt: Date.now() + 3_600_000, user: { id: 'city', username: 'city', displayName: '李处长', unit: '上海市生态环境局/局办公室', role: 'coordinator' } })
    await saveDirectory({ version: 2, unitId: '上海市生态环境局/局办公室', organizationId: '上海市生态环境局', nodes }, 'city')
    await useSessionStore().load()
    const library = usePlanLibrary()
    await vi.waitFor(() => expect(library.plans.value.map(plan => plan.owner)).toEqual(['上海市生态环境局', '上海市生态环境局']))
    useOverview().year.value = 2023
    const { wrapper } = await mountApp(pinia, '/overview')
    await vi.waitFor(() => expect(wrapper.findAll('.unit-table tbody tr').length).toBeGreaterThan(1), { timeout: 5_000 })
    expect(useOverview().overview.value.units.map(unit => unit.unit)).toContain('上海市生态环境局/局办公室')
    const shown = wrapper.findAll('.unit-table__link').map(cell => cell.text())
    expect(shown).toContain('局办公室')
    expect(shown.some(text => text.includes('/'))).toBe(false)
    wrapper.unmount()
  })
})
