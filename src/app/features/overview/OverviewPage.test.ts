import type { Role } from '../../../shared/api/auth'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useOverview } from './composables/useOverview'
import { adoptSession } from '../../db/identity'
import { saveProgress } from '../../db/progressWrites'
import { useSessionStore } from '../../stores/session'
import { useSettingsStore } from '../../stores/settings'
import { db } from '../../db/database'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const [openDay, messageBoard] = fixtureTasks()
const pinia = createPinia()

async function signInAs(role: Role, unit = '区政府办公室') {
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: `user-${role}`, username: role, displayName: role, unit, role } })
  await useSessionStore().load()
}

async function record(unit: string, task: typeof openDay, item: number, status: 'done' | 'partial') {
  await saveProgress({ unit, planId: task.planId, taskId: task.id, subject: `${task.id}#${item}` }, { status })
}

async function openOverview() {
  const mounted = await mountApp(pinia, '/overview')
  await vi.waitFor(() => expect(mounted.wrapper.find('.unit-table, .overview .kf-card').exists()).toBe(true), { timeout: 5_000 })
  return mounted
}

const tableRows = (wrapper: Awaited<ReturnType<typeof openOverview>>['wrapper']) =>
  wrapper.findAll('.unit-table tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))

describe('the coordinator overview', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
    // Signed in, the app would sync; these screens work from the device alone, as offline.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  })
  beforeEach(async () => {
    await resetDevice([qingpu2024])
    // The overview keeps its view and order for the whole app's life, so across tests too.
    useOverview().view.value = 'units'
    useOverview().sort.value = { key: 'unit', descending: false }
  })

  it('sends someone not signed in to sign in first, and staff back to 首页', async () => {
    await useSessionStore().load()
    const { wrapper, router } = await mountApp(pinia, '/overview')
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/overview')
    wrapper.unmount()

    await signInAs('staff')
    const staff = await mountApp(pinia, '/overview')
    expect(staff.router.currentRoute.value.path).toBe('/')
    expect(staff.wrapper.find('.overview-entry').exists()).toBe(false)
    staff.wrapper.unmount()
  })

  it('shows every unit\'s own progress and overdue tasks, from the data on the device', async () => {
    await signInAs('coordinator')
    await record('区数据局', messageBoard, 1, 'done')
    await record('朱家角镇', openDay, 1, 'partial')
    const { wrapper } = await openOverview()
    await vi.waitFor(() => expect(tableRows(wrapper)).toEqual([
      ['区政府办公室事项：完成 0，部分完成 0，共 4', '0%', '1'],
      ['区数据局事项：完成 1，部分完成 0，共 1', '100%', '0'],
      ['朱家角镇事项：完成 0，部分完成 1，共 3', '17%', '0'],
    ]))
    expect(wrapper.get('.overview-summary').text()).toContain('1 项任务逾期')
    expect(wrapper.get('.unit-table caption').text()).toContain('各单位完成情况')
    wrapper.unmount()
  })

  it('sorts units by progress and by overdue tasks, saying so to screen readers', async () => {
    await signInAs('coordinator')
    await record('区数据局', messageBoard, 1, 'done')
    await record('朱家角镇', openDay, 1, 'partial')
    const { wrapper } = await openOverview()
    await vi.waitFor(() => expect(tableRows(wrapper).map(row => row[1])).toEqual(['0%', '100%', '17%']))
    const sortButton = (name: string) => wrapper.get(`button[aria-label="按${name}排序"]`)
    await sortButton('完成率').trigger('click')
    expect(tableRows(wrapper).map(row => row[1])).toEqual(['0%', '17%', '100%'])
    expect(sortButton('完成率').element.parentElement!.getAttribute('aria-sort')).toBe('ascending')
    await sortButton('完成率').trigger('click')
    expect(tableRows(wrapper).map(row => row[1])).toEqual(['100%', '17%', '0%'])
    await sortButton('逾期').trigger('click')
    expect(tableRows(wrapper)[0][0]).toContain('区政府办公室')
    expect(sortButton('逾期').element.parentElement!.getAttribute('aria-sort')).toBe('descending')
    await sortButton('单位').trigger('click')
    wrapper.unmount()
  })

  it('lists the overdue tasks with the units behind, and each chapter\'s progress', async () => {
    await signInAs('coordinator')
    await record('区数据局', messageBoard, 1, 'done')
    const { wrapper } = await openOverview()
    // The overview follows progress changes at most twice a second.
    await vi.waitFor(() => expect(tableRows(wrapper).map(row => row[1])).toEqual(['0%', '100%']))
    await wrapper.findAll('.segmented input')[1].trigger('change')
    const overdue = wrapper.get('.overdue-list__item')
    expect(overdue.text()).toContain(messageBoard.title)
    expect(overdue.text()).toContain('已逾期 168 天')
    expect(overdue.text()).toContain('未完成：区政府办公室')
    expect(overdue.get('a').attributes('href')).toBe(`/tasks/${encodeURIComponent(messageBoard.id)}`)

    await wrapper.findAll('.segmented input')[2].trigger('change')
    const chapters = wrapper.findAll('.chapters__chapter').map(c => c.text())
    expect(chapters).toHaveLength(1)
    expect(chapters[0]).toContain('一、围绕中心工作，加强政策发布解读')
    expect(chapters[0]).toContain('2 项任务 · 完成 25%')
    expect(chapters[0]).toContain('1 项逾期')
    await wrapper.findAll('.segmented input')[0].trigger('change')
    wrapper.unmount()
  })

  it('opens a unit\'s tasks with its own progress, overdue first', async () => {
    await signInAs('coordinator')
    await record('区政府办公室', openDay, 2, 'done')
    const { wrapper, router } = await openOverview()
    await vi.waitFor(() => expect(tableRows(wrapper)[0]).toEqual(['区政府办公室事项：完成 1，部分完成 0，共 4', '17%', '1']))
    await router.push(wrapper.get('.unit-table__link').attributes('href')!)
    await vi.waitFor(() => expect(wrapper.find('.unit-tasks').exists()).toBe(true))
    expect(router.currentRoute.value.params.unit).toBe('区政府办公室')
    const sections = wrapper.findAll('.unit-tasks')
    expect(sections.map(s => s.get('h2').text())).toEqual(['已逾期1', '未完成1'])
    expect(sections[0].text()).toContain(messageBoard.title)
    expect(sections[1].text()).toContain('完成 33%')
    wrapper.unmount()
  })

  it('opens a unit\'s task for that unit: the coordinator sees and ticks its state (issue 12 point 4)', async () => {
    await signInAs('coordinator')
    useSettingsStore().myUnit = '区政府办公室'
    await record('朱家角镇', openDay, 1, 'done')
    const { wrapper, router } = await mountApp(pinia, `/overview/units/${encodeURIComponent('朱家角镇')}`)
    await vi.waitFor(() => expect(wrapper.find('.unit-tasks a.task-row').exists()).toBe(true), { timeout: 5_000 })
    const link = wrapper.findAll('.unit-tasks a.task-row').map(a => a.attributes('href')!).find(href => href.startsWith(`/tasks/${encodeURIComponent(openDay.id)}`))!
    expect(link).toBe(`/tasks/${encodeURIComponent(openDay.id)}?unit=${encodeURIComponent('朱家角镇')}`)
    await router.push(link)
    await vi.waitFor(() => expect(wrapper.text()).toContain('正在查看并填报朱家角镇的进度'))
    const boxes = () => wrapper.findAll('input[type=checkbox]')
    await vi.waitFor(() => expect((boxes()[0].element as HTMLInputElement).checked).toBe(true))
    await boxes()[1].trigger('change')
    await vi.waitFor(async () => expect((await db.progress.get(`朱家角镇|${openDay.id}#2`))?.status).toBe('done'))
    expect(await db.progress.get(`区政府办公室|${openDay.id}#2`)).toBeUndefined()
    wrapper.unmount()
  })

  it('is linked from 首页 for coordinators', async () => {
    await signInAs('coordinator')
    const { wrapper } = await mountApp(pinia, '/')
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('.overview-entry').exists()).toBe(true))
    expect(wrapper.get('.overview-entry').attributes('href')).toBe('/overview')
    wrapper.unmount()
  })
})
