// 首页, 计划 and 总览 show one unit's year from the one roll-up (shared/plan/rollup), so their
// figures agree: the same percent, done and total, overdue and due soon, on every screen.
import type { Role } from '../../../shared/api/auth'
import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { adoptSession } from '../../db/identity'
import { saveProgress } from '../../db/progressWrites'
import { useSessionStore } from '../../stores/session'
import { useSettingsStore } from '../../stores/settings'
import { coverageByPlan } from './model/unitCoverage'
import { percentOf, rollUp, statesOf } from '../../../shared/plan/rollup'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const [openDay, messageBoard] = fixtureTasks()
const pinia = createPinia()
const unit = '区政府办公室'
const today = '2024-12-15'

async function signInAs(role: Role) {
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: `user-${role}`, username: role, displayName: role, unit, role } })
  await useSessionStore().load()
}

describe('the figures of 首页, 计划 and 总览', () => {
  beforeAll(async () => {
    setActivePinia(pinia)
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
    // Signed in, the app would sync; these screens work from the device alone, as offline.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    await resetDevice([qingpu2024])
    await signInAs('coordinator')
    useSettingsStore().myUnit = unit
    await saveProgress({ unit, planId: openDay.planId, taskId: openDay.id, subject: `${openDay.id}#1` }, { status: 'done' })
    await saveProgress({ unit: '区数据局', planId: messageBoard.planId, taskId: messageBoard.id, subject: `${messageBoard.id}#1` }, { status: 'done' })
  })
  afterAll(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  // What the one roll-up says of my unit's 2024: the open day a third done and due soon, the message board overdue.
  const expected = rollUp(fixtureTasks(), unit, statesOf([{ subject: `${openDay.id}#1`, status: 'done', count: 0 }]), coverageByPlan(() => qingpu2024.issuer), { today, archived: () => false }).byYear.get(2024)!
  const percent = `${percentOf(expected.share)}%`

  it('are worked out by the roll-up as this test expects', () => {
    expect(expected).toMatchObject({ tasks: 2, doneTasks: 0, overdue: 1, dueSoon: 1 })
    expect(percent).toBe('17%')
  })

  it('on 首页: the year\'s percent, done of total, overdue and due soon', async () => {
    const { wrapper } = await mountApp(pinia, '/')
    await vi.waitFor(() => expect(wrapper.find('.year-progress').exists()).toBe(true))
    await vi.waitFor(() => expect(wrapper.get('.year-progress__figure strong').text()).toBe(percent))
    expect(wrapper.get('.year-progress').text()).toContain(`已完成 ${expected.doneTasks} / ${expected.tasks} 项任务`)
    expect(wrapper.get('.year-progress').text()).toContain(`${expected.overdue} 项任务已逾期`)
    expect(wrapper.findAll('.task-section__count').map(count => Number(count.text()))).toEqual([expected.overdue, expected.dueSoon])
    wrapper.unmount()
  })

  it('on 计划: the plan\'s percent for my unit, and the overdue filter lists as many', async () => {
    const { wrapper } = await mountApp(pinia, '/plans')
    await vi.waitFor(() => expect(wrapper.find('.group-row--plan').exists()).toBe(true))
    expect(wrapper.get('.group-row--plan .group-row__meta').text()).toContain(`完成 ${percent}`)
    wrapper.unmount()
    // 首页's "show all overdue" link.
    const overdue = await mountApp(pinia, '/plans?status=overdue&year=2024')
    await vi.waitFor(() => expect(overdue.router.currentRoute.value.query.status).toBeUndefined())
    await vi.waitFor(() => expect(overdue.wrapper.findAll('.task-row').length).toBe(expected.overdue))
    expect(overdue.wrapper.findAll('.task-row__due--overdue')).toHaveLength(expected.overdue)
    overdue.wrapper.unmount()
  })

  it('on 总览: my unit\'s row, with the same percent and overdue count', async () => {
    const { wrapper } = await mountApp(pinia, '/overview')
    await vi.waitFor(() => expect(wrapper.findAll('.unit-table tbody tr').length).toBeGreaterThan(0), { timeout: 5_000 })
    const row = wrapper.findAll('.unit-table tbody tr').map(tr => tr.findAll('th, td').map(cell => cell.text())).find(cells => cells[0].startsWith(unit))!
    expect(row.slice(1)).toEqual([percent, String(expected.overdue)])
    wrapper.unmount()
  })
})
