import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveProgress } from '../../db/progressWrites'
import { useSettingsStore } from '../../stores/settings'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const [openDay, messageBoard] = fixtureTasks()
const pinia = createPinia()

async function openHome(unit: string | null) {
  useSettingsStore().myUnit = unit
  const { wrapper } = await mountApp(pinia, '/')
  await vi.waitFor(() => expect(wrapper.find('.year-progress').exists()).toBe(true))
  return wrapper
}

describe('首页', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    // Mid-December 2024: the message board (due 30 June) is overdue, the open day (31 Dec) due soon.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
  })
  beforeEach(() => resetDevice([qingpu2024]))

  it('shows my unit\'s overdue tasks and those due soon, and the year\'s progress', async () => {
    const wrapper = await openHome('区数据局')
    const sections = wrapper.findAll('.task-section')
    expect(sections[0].text()).toContain('已逾期')
    expect(sections[0].findAll('.task-row__title').map(r => r.text())).toEqual([messageBoard.title])
    expect(sections[1].find('.task-row').exists()).toBe(false)
    expect(wrapper.get('.year-progress').text()).toContain('2024年')
    expect(wrapper.get('.year-progress').text()).toContain('已完成 0 / 1 项任务')
    wrapper.unmount()
  })

  it('drops a task from the lists once my unit has done it, and counts it in the year', async () => {
    await saveProgress({ unit: '区数据局', planId: messageBoard.planId, taskId: messageBoard.id, subject: `${messageBoard.id}#1` }, { status: 'done' })
    const wrapper = await openHome('区数据局')
    await vi.waitFor(() => expect(wrapper.get('.year-progress').text()).toContain('100%'))
    expect(wrapper.text()).toContain('没有逾期的任务')
    wrapper.unmount()
  })

  it('before sign-in leads with 登录 (a unit may be chosen instead), and shows everyone\'s tasks meanwhile', async () => {
    const wrapper = await openHome(null)
    expect(wrapper.text()).toContain('请先登录')
    expect(wrapper.get('.unit-card .van-button--primary').text()).toBe('登录')
    const [overdue, dueSoon] = wrapper.findAll('.task-section')
    expect(overdue.findAll('.task-row__title').map(r => r.text())).toEqual([messageBoard.title])
    expect(dueSoon.findAll('.task-row__title').map(r => r.text())).toEqual([openDay.title])
    wrapper.unmount()
  })

  it('changes the unit right here: 更换 opens the unit picker on 首页', async () => {
    const wrapper = await openHome('区数据局')
    await wrapper.get('.unit-card__change').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('.unit-picker')).not.toBeNull())
    expect(wrapper.vm.$route.path).toBe('/')
    wrapper.unmount()
  })
})
