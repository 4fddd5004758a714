// 首页 in a year whose plan is not in yet: it says so, shows last year's final figures as
// history with no overdue or due-soon lists, and gives a coordinator the way to import.
import type { Role } from '../../../shared/api/auth'
import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { usePlanFiltersStore } from '../plans/stores/planFilters'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()

async function signInAs(role: Role) {
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: `user-${role}`, username: role, displayName: role, unit: '区政府办公室', role } })
  await useSessionStore().load()
}

async function openHome() {
  const mounted = await mountApp(pinia, '/')
  await vi.waitFor(() => expect(mounted.wrapper.find('.year-missing, .year-progress').exists()).toBe(true))
  return mounted
}

describe('首页 in a year without a plan', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    // 2026 in Shanghai; the device holds only the 2024 plan.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:00:00+08:00') })
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  })
  afterAll(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('tells staff this year\'s plan is not in and the coordinator will import it, with 2024 as archived history and no alarms', async () => {
    await resetDevice([qingpu2024])
    await signInAs('staff')
    const { wrapper } = await openHome()
    const missing = wrapper.get('.year-missing')
    expect(missing.text()).toContain('2026年工作要点尚未导入')
    expect(missing.text()).toContain('协调员导入本年度工作要点后')
    expect(missing.find('button').exists()).toBe(false)
    const history = wrapper.get('.year-progress')
    expect(history.text()).toContain('本单位2024年任务最终完成情况')
    expect(history.text()).toContain('已归档')
    expect(history.text()).toContain('以上为最终数据，不再提示逾期')
    expect(history.text()).not.toContain('项任务已逾期')
    expect(wrapper.findAll('.task-section')).toHaveLength(0)
    wrapper.unmount()
  })

  it('gives a coordinator a button to the import screen', async () => {
    await resetDevice([qingpu2024])
    await signInAs('coordinator')
    const { wrapper, router } = await openHome()
    const button = wrapper.get('.year-missing button')
    expect(button.text()).toBe('导入2026年工作要点')
    await button.trigger('click')
    // The route's screen is compiled on first use here: seconds on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/import'), { timeout: 15_000 })
    wrapper.unmount()
  })

  it('shows a reopened past year as work still open: its progress and its overdue tasks', async () => {
    await resetDevice([{ ...qingpu2024, reopened: true }])
    await signInAs('staff')
    const { wrapper } = await openHome()
    await vi.waitFor(() => expect(wrapper.get('.year-progress').text()).toContain('已重新开放'))
    expect(wrapper.get('.year-progress').text()).toContain('本单位2024年任务完成情况')
    expect(wrapper.get('.year-progress').text()).toContain('项任务已逾期')
    expect(wrapper.findAll('.task-section')).toHaveLength(2)
    wrapper.unmount()
  })

  it('says nothing is imported yet when the device has no plan at all', async () => {
    await resetDevice([])
    await signInAs('staff')
    const { wrapper } = await openHome()
    await vi.waitFor(() => expect(wrapper.find('.year-progress').exists()).toBe(false))
    expect(wrapper.get('.year-missing').text()).toContain('2026年工作要点尚未导入')
    wrapper.unmount()
  })

  it('leads to every year\'s plans in one tap', async () => {
    await resetDevice([qingpu2024])
    await signInAs('staff')
    const { wrapper, router } = await openHome()
    await wrapper.get('.year-progress__years').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/plans'), { timeout: 15_000 })
    await vi.waitFor(() => expect(router.currentRoute.value.query.year).toBeUndefined())
    expect(usePlanFiltersStore().year).toBeNull()
    wrapper.unmount()
  })
})
