import type { PlanRecord } from '../../../shared/records/plan'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePlanFiltersStore } from './stores/planFilters'
import { usePlanLibraryStore } from './stores/planLibrary'
import TaskListRow from './components/TaskListRow.vue'
import { useUndoStore } from '../tasks/stores/undo'
import { useSettingsStore } from '../../stores/settings'
import { planIdOf } from '../../../shared/plan/identity'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const older: PlanRecord = {
  ...qingpu2024,
  title: '2023年青浦区政务公开工作要点',
  year: 2023,
  id: planIdOf({ year: 2023, issuer: '青浦区', title: '2023年青浦区政务公开工作要点' }),
  tasks: [{
    ...qingpu2024.tasks[0],
    title: '推进政务新媒体规范',
    text: '推进政务新媒体规范建设。（区数据局负责）',
    assignments: [{ leads: [], owners: ['区数据局'] }],
    due: '2023-12-31',
    targets: [],
    checklist: [{ text: '推进政务新媒体规范建设', leads: [], owners: ['区数据局'], deadline: '年底前', due: '2023-12-31', source: 'text', row: null }],
  }],
}
const pinia = createPinia()

async function openPlans() {
  const { wrapper } = await mountApp(pinia, '/plans')
  await vi.waitFor(() => expect(wrapper.findAll('.task-row').length).toBeGreaterThan(0))
  // The list's first frame holds the first screen's rows; the rows below follow after that frame.
  await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))
  await flushPromises()
  const titles = () => wrapper.findAll('.task-row__title').map(row => row.text())
  return { wrapper, titles }
}

/** Every year, as a tap on 全部年度 chooses, shown once every year is read: after a cold start the other years follow the opening year's paint. */
async function allYears() {
  usePlanFiltersStore().year = null
  await vi.waitFor(() => expect(usePlanLibraryStore().ready).toBe(true), { timeout: 5000 })
  await flushPromises()
  await vi.waitFor(() => expect(document.querySelector('.plans__loading')).toBeNull(), { timeout: 5000 })
}

describe('the 计划 screen', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    // "Today" inside the fixture plan's year, so it is the current year, not an archived one.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
  })
  afterAll(() => vi.useRealTimers())
  beforeEach(async () => {
    await resetDevice([qingpu2024, older])
    usePlanFiltersStore().reset()
    useSettingsStore().myUnit = null
  })

  it('opens on the current year; every year is one choice away, newest first, with chapters and tasks', async () => {
    const { wrapper, titles } = await openPlans()
    expect(wrapper.findAll('.tree-list__year').map(h => h.text())).toEqual(['2024年'])
    expect(titles()).toEqual(['做好政府开放日活动', '丰富完善政策留言板功能', '规范依申请公开办理'])
    await allYears()
    expect(wrapper.findAll('.tree-list__year').map(h => h.text())).toEqual(['2024年', '2023年'])
    // A past year's plan is archived: its figures are final.
    expect(wrapper.findAll('.group-row--plan').map(row => row.text().includes('已归档'))).toEqual([false, true])
    expect(wrapper.findAll('.group-row--chapter .group-row__title').map(c => c.text())).toEqual(['一、围绕中心工作，加强政策发布解读', '二、夯实工作基础', '一、围绕中心工作，加强政策发布解读'])
    expect(titles()).toEqual(['做好政府开放日活动', '丰富完善政策留言板功能', '规范依申请公开办理', '推进政务新媒体规范'])
    wrapper.unmount()
  })

  it('finds every task mentioning a word, in Chinese, from the search box', async () => {
    const { wrapper, titles } = await openPlans()
    await wrapper.get('#plan-search').setValue('留言板')
    await flushPromises()
    expect(titles()).toEqual(['丰富完善政策留言板功能'])
    await wrapper.get('#plan-search').setValue('开放日 座谈')
    await flushPromises()
    expect(titles()).toEqual(['做好政府开放日活动'])
    expect(wrapper.text()).toContain('共 1 项任务')
    wrapper.unmount()
  })

  it('filters by unit (groups such as 各部门 included), year and due month', async () => {
    const { wrapper, titles } = await openPlans()
    const [year, unit, month] = wrapper.findAll('.filter-bar select')
    // The units to choose from arrive in a task after the list's first paint.
    await vi.waitFor(() => expect(unit.findAll('option').map(o => o.text())).toEqual(['全部单位', '区政府办公室', '区数据局']), { timeout: 5000 })
    await allYears()
    // 区政府办公室 leads the open day and, as an office, is one of 各部门 for the message board.
    await unit.setValue('区政府办公室')
    await flushPromises()
    expect(titles()).toEqual(['做好政府开放日活动', '丰富完善政策留言板功能'])
    await unit.setValue('区数据局')
    await flushPromises()
    expect(titles()).toEqual(['丰富完善政策留言板功能', '推进政务新媒体规范'])
    await year.setValue('2024')
    await flushPromises()
    expect(titles()).toEqual(['丰富完善政策留言板功能'])
    usePlanFiltersStore().reset()
    await allYears()
    await month.setValue('6')
    await flushPromises()
    expect(titles()).toEqual(['丰富完善政策留言板功能'])
    wrapper.unmount()
  })

  it('folds a plan away and back', async () => {
    const { wrapper, titles } = await openPlans()
    await allYears()
    const plan = wrapper.findAll('.group-row--plan')[0]
    await plan.trigger('click')
    expect(titles()).toEqual(['推进政务新媒体规范'])
    expect(wrapper.findAll('.group-row--plan')[0].attributes('aria-expanded')).toBe('false')
    await wrapper.findAll('.group-row--plan')[0].trigger('click')
    expect(titles()).toHaveLength(4)
    wrapper.unmount()
  })

  it('says when nothing matches, and clears the filters in one tap', async () => {
    const { wrapper, titles } = await openPlans()
    await wrapper.get('#plan-search').setValue('不存在的词语')
    await flushPromises()
    expect(wrapper.text()).toContain('没有符合条件的任务')
    await wrapper.get('.plans__clear').trigger('click')
    await flushPromises()
    // Back to the opening view: this year's tasks.
    expect(titles()).toHaveLength(3)
    wrapper.unmount()
  })

  it('opens a long list folded: every chapter with its count, only the first unfolded; a tap unfolds another', async () => {
    const long: PlanRecord = {
      ...qingpu2024,
      tasks: Array.from({ length: 30 }, (_, i) => ({ ...qingpu2024.tasks[0], chapter: 1 + (i % 3), item: 1 + Math.floor(i / 3), chapterTitle: `第${1 + (i % 3)}部分`, title: `任务${i + 1}` })),
    }
    await resetDevice([long])
    const { wrapper, titles } = await openPlans()
    const chapters = () => wrapper.findAll('.group-row--chapter')
    expect(chapters().map(row => [row.get('.group-row__meta').text().split(' · ')[0], row.attributes('aria-expanded')])).toEqual([
      ['10 项任务', 'true'],
      ['10 项任务', 'false'],
      ['10 项任务', 'false'],
    ])
    expect(titles()).toHaveLength(10)
    await chapters()[1].trigger('click')
    expect(chapters()[1].attributes('aria-expanded')).toBe('true')
    expect(titles()).toContain('任务2')
    await chapters()[0].trigger('click')
    expect(chapters()[0].attributes('aria-expanded')).toBe('false')
    expect(titles().slice(0, 2)).toEqual(['任务2', '任务5'])
    // What the person opened or folded stays so when a search comes and goes.
    await wrapper.get('#plan-search').setValue('任务')
    await flushPromises()
    await wrapper.get('#plan-search').setValue('')
    await flushPromises()
    expect(chapters().map(row => row.attributes('aria-expanded'))).toEqual(['false', 'true', 'false'])
    wrapper.unmount()
  })

  it('does not re-render behind a task while it is ticked there, and shows the tick once back (issue 13)', async () => {
    const [openDay] = fixtureTasks()
    useSettingsStore().myUnit = '朱家角镇'
    // Another test's taps fold chapters of this plan, and folds outlive a reset of the filters.
    usePlanFiltersStore().folds.clear()
    const { wrapper, router } = await mountApp(pinia, '/plans')
    await vi.waitFor(() => expect(wrapper.findAll('.task-row').length).toBeGreaterThan(0), { timeout: 5000 })
    const row = wrapper.findAllComponents(TaskListRow).find(found => found.props('task').id === openDay!.id)!.vm.$
    const rendered = row.subTree
    await router.push(`/tasks/${encodeURIComponent(openDay!.id)}`)
    await vi.waitFor(() => expect(wrapper.find('.check-item input[type=checkbox]').exists()).toBe(true), { timeout: 5000 })
    await wrapper.get('.check-item input[type=checkbox]').trigger('change')
    // The tick on screen: its read has come back and every screen following it has had its update.
    await vi.waitFor(() => expect(wrapper.get<HTMLInputElement>('.check-item input[type=checkbox]').element.checked).toBe(true), { timeout: 5000 })
    await flushPromises()
    expect(row.subTree).toBe(rendered)
    router.back()
    await vi.waitFor(() => expect(wrapper.find('.task-row').exists()).toBe(true), { timeout: 5000 })
    // Two checklist items and a target, one ticked: shown in the same update that shows the list again.
    expect(row.subTree).not.toBe(rendered)
    expect(wrapper.findAll('.task-row').find(found => found.text().includes(openDay!.title))?.text()).toContain('33%')
    useUndoStore().forget()
    wrapper.unmount()
  })

  it('is up without the sync store, whose reads of the outbox are for 首页\'s sync bar and wait until syncing starts', async () => {
    const startedHere = createPinia()
    setActivePinia(startedHere)
    try {
      const { wrapper } = await mountApp(startedHere, '/plans')
      await vi.waitFor(() => expect(wrapper.findAll('.task-row').length).toBeGreaterThan(0), { timeout: 5000 })
      expect(startedHere.state.value.sync).toBeUndefined()
      expect(startedHere.state.value.session).toBeDefined()
      wrapper.unmount()
    }
    finally {
      setActivePinia(pinia)
    }
  })
})
