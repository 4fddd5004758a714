import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEventFiltersStore } from './stores/eventFilters'
import { addCheckin } from '../../db/eventDayRepository'
import { setEventStatus } from '../../db/eventRepository'
import { createRecord } from '../../db/recordWrites'
import { useSettingsStore } from '../../stores/settings'
import { uuidv7 } from '../../../shared/ids'
import { feedback } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, mountAppUnsettled, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { signInAs, storeEvent, unit } from '../../../../tests/helpers/app/eventFixtures'
import { failReadsOf, installFailingReads, readsWorkAgain } from '../../../../tests/helpers/app/failingReads'

const pinia = createPinia()
const day = 86_400_000

async function openList() {
  const mounted = await mountApp(pinia, '/events')
  await vi.waitFor(() => expect(mounted.wrapper.find('.event-item').exists()).toBe(true))
  return mounted
}

const titles = (wrapper: Awaited<ReturnType<typeof openList>>['wrapper'], group: 'upcoming' | 'past') =>
  wrapper.get(`[aria-labelledby="events-${group}"]`).findAll('.event-item__title').map(title => title.text())

describe('the 活动 list', () => {
  beforeAll(async () => {
    setActivePinia(pinia)
    await installFailingReads()
    // Signed in, the app would sync; the list works from the device alone, as offline.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  })
  beforeEach(async () => {
    await resetDevice([qingpu2024])
    useEventFiltersStore().clear()
  })
  afterEach(() => readsWorkAgain())

  it('shows my unit\'s events, the coming ones soonest first, then the past ones latest first, with counts', async () => {
    useSettingsStore().myUnit = unit
    const now = Date.now()
    const soon = await storeEvent({ title: '明天的开放日', startsAt: now + day, endsAt: now + day + 3_600_000 })
    await storeEvent({ title: '下月的座谈会', type: 'symposium', startsAt: now + 30 * day, endsAt: now + 30 * day + 3_600_000 })
    const held = await storeEvent({ title: '上月的开放日', startsAt: now - 30 * day, endsAt: now - 30 * day + 3_600_000 })
    await setEventStatus(held.id, 'closed')
    const running = await storeEvent({ title: '正在进行的解读会', type: 'policy_briefing', startsAt: now - 40 * day, endsAt: now - 40 * day + 3_600_000 })
    await setEventStatus(running.id, 'ongoing')
    await storeEvent({ title: '别的单位的活动', unit: '区生态环境局' })
    for (const type of ['citizen', 'media', 'citizen'] as const)
      await addCheckin(soon, type, 1, 'staff')
    await createRecord('feedback', feedback({ id: uuidv7(), unit, eventId: soon.id }))

    const { wrapper } = await openList()
    expect(titles(wrapper, 'upcoming')).toEqual(['正在进行的解读会', '明天的开放日', '下月的座谈会'])
    expect(titles(wrapper, 'past')).toEqual(['上月的开放日'])
    const first = wrapper.findAll('.event-item').find(item => item.text().includes('明天的开放日'))!
    expect(first.text()).toContain('签到 3/30 人')
    expect(first.text()).toContain('意见 1 条')
    await createRecord('feedback', feedback({ id: uuidv7(), unit, eventId: soon.id, content: '讲解很清楚' }))
    await vi.waitFor(() => expect(first.text()).toContain('意见 2 条'))
    expect(wrapper.text()).not.toContain('别的单位的活动')
    expect(wrapper.findAll('select')).toHaveLength(3)
    wrapper.unmount()
  })

  it('shows a longer list whole once its first rows are on screen, every row with its own counts', async () => {
    useSettingsStore().myUnit = unit
    const now = Date.now()
    const events = []
    for (let i = 1; i <= 9; i++)
      events.push(await storeEvent({ title: `第${i}场开放日`, startsAt: now + i * day, endsAt: now + i * day + 3_600_000 }))
    const last = events.at(-1)!
    await addCheckin(last, 'citizen', 1, 'staff')
    await createRecord('feedback', feedback({ id: uuidv7(), unit, eventId: last.id }))

    const { wrapper } = await openList()
    await vi.waitFor(() => expect(titles(wrapper, 'upcoming')).toHaveLength(9), { timeout: 5000 })
    expect(titles(wrapper, 'upcoming')).toEqual(events.map(event => event.title))
    const lastItem = () => wrapper.findAll('.event-item').at(-1)!
    expect(lastItem().text()).toContain('签到 1/30 人')
    expect(lastItem().text()).toContain('意见 1 条')
    await addCheckin(last, 'media', 1, 'staff')
    await vi.waitFor(() => expect(lastItem().text()).toContain('签到 2/30 人'), { timeout: 5000 })
    wrapper.unmount()
  })

  it('says reading failed instead of showing no events, and shows them once 重试 reads again', async () => {
    useSettingsStore().myUnit = unit
    await storeEvent({ title: '开放日' })
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    failReadsOf('events')
    const { wrapper } = await mountApp(pinia, '/events')
    await vi.waitFor(() => expect(wrapper.find('.live-error').exists()).toBe(true))
    expect(wrapper.get('.live-error').text()).toContain('读取本机数据失败')
    expect(wrapper.get('.live-error').text()).toContain('UnknownError')
    expect(wrapper.find('.van-empty').exists()).toBe(false)
    expect(wrapper.find('.event-item').exists()).toBe(false)
    expect(logged).toHaveBeenCalled()

    readsWorkAgain()
    await wrapper.get('.live-error button').trigger('click')
    await vi.waitFor(() => expect(titles(wrapper, 'upcoming')).toEqual(['开放日']))
    expect(wrapper.find('.live-error').exists()).toBe(false)
    logged.mockRestore()
    wrapper.unmount()
  })

  it('renders its header with the route and its filters, button and list a task later', async () => {
    const { wrapper } = await mountAppUnsettled(pinia, '/events')
    expect(wrapper.find('.events h1').exists()).toBe(true)
    expect(wrapper.find('.event-filters').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('.event-filters').exists()).toBe(true), { timeout: 5000 })
    wrapper.unmount()
  })

  it('filters by type and clears the filters', async () => {
    useSettingsStore().myUnit = unit
    await storeEvent({ title: '开放日' })
    await storeEvent({ title: '座谈会', type: 'symposium' })
    const { wrapper } = await openList()
    const typeFilter = wrapper.get('select')
    ;(typeFilter.element as HTMLSelectElement).selectedIndex = 2
    await typeFilter.trigger('change')
    await vi.waitFor(() => expect(titles(wrapper, 'upcoming')).toEqual(['座谈会']))
    await wrapper.get('.events__clear').trigger('click')
    await vi.waitFor(() => expect(titles(wrapper, 'upcoming')).toHaveLength(2))
    wrapper.unmount()
  })

  it('shows coordinators every unit\'s events, with a unit filter and the templates link', async () => {
    await signInAs('coordinator')
    await storeEvent({ title: '办公室的活动' })
    await storeEvent({ title: '生态环境局的活动', unit: '区生态环境局' })
    const { wrapper } = await openList()
    expect(titles(wrapper, 'upcoming')).toHaveLength(2)
    expect(wrapper.text()).toContain('区生态环境局')
    const unitFilter = wrapper.get('select')
    expect(unitFilter.findAll('option').map(o => o.text())).toEqual(['全部单位', '区生态环境局', '区政府办公室'])
    ;(unitFilter.element as HTMLSelectElement).selectedIndex = 1
    await unitFilter.trigger('change')
    await vi.waitFor(() => expect(titles(wrapper, 'upcoming')).toEqual(['生态环境局的活动']))
    expect(wrapper.find('a[href="/events/templates"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
