import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { setEventStatus } from '../../../db/eventRepository'
import { useSettingsStore } from '../../../stores/settings'
import { fixtureTasks, qingpu2024 } from '../../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../../tests/helpers/app/mountApp'
import { storeEvent, unit } from '../../../../../tests/helpers/app/eventFixtures'

const [openDay, messageBoard] = fixtureTasks()
const pinia = createPinia()

async function openTask(taskId: string) {
  useSettingsStore().myUnit = unit
  const mounted = await mountApp(pinia, `/tasks/${encodeURIComponent(taskId)}`)
  await vi.waitFor(() => expect(mounted.wrapper.text()).toContain('落实事项'))
  return mounted
}

describe('events on the task page', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    // "Today" inside the fixture plan's year: an archived year's task offers no new event. The
    // clock runs on, so events stored one after another keep their order.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15), shouldAdvanceTime: true })
  })
  afterAll(() => vi.useRealTimers())
  beforeEach(() => resetDevice([qingpu2024]))

  it('counts the held open days linked to the task toward its 不得少于3次, mine only', async () => {
    // An hour apart: the list is in order of start, and events made in one millisecond would tie.
    for (const [i, status] of (['ongoing', 'closed', 'planned'] as const).entries()) {
      const startsAt = Date.now() + (24 + i) * 3_600_000
      const event = await storeEvent({ title: `开放日（${status}）`, taskIds: [openDay.id], startsAt, endsAt: startsAt + 1_800_000 })
      if (status !== 'planned')
        await setEventStatus(event.id, status)
    }
    await setEventStatus((await storeEvent({ title: '镇里的开放日', unit: '朱家角镇', taskIds: [openDay.id] })).id, 'closed')
    await storeEvent({ title: '没关联的活动' })
    const { wrapper } = await openTask(openDay.id)
    // The section shows the task's target at once and the events when their read arrives.
    await vi.waitFor(() => expect(wrapper.find('.task-events__event').exists()).toBe(true))
    const section = wrapper.get('.task-events')
    // The task names 开放日, 座谈 and 问卷, so events of those three types count.
    expect(section.get('.task-events__target').text()).toBe('座谈会、问卷调查、政府开放日活动 2/3次（来自活动）')
    expect(section.findAll('.task-events__event').map(link => link.get('.task-events__title').text())).toEqual(['开放日（ongoing）', '开放日（closed）', '开放日（planned）'])
    expect(section.text()).toContain('尚未举行，不计入')
    expect(section.get('.task-events__create').attributes('href')).toBe(`/events/new?task=${encodeURIComponent(openDay.id)}`)
    wrapper.unmount()
  })

  it('marks the target met at the third held event', async () => {
    for (let i = 1; i <= 3; i++)
      await setEventStatus((await storeEvent({ title: `第${i}次`, taskIds: [openDay.id] })).id, 'closed')
    const { wrapper } = await openTask(openDay.id)
    await vi.waitFor(() => expect(wrapper.find('.task-events__target--met').exists()).toBe(true))
    expect(wrapper.get('.task-events__target').text()).toMatch(/3\/3次（来自活动）\s*· 已达标$/)
    wrapper.unmount()
  })

  it('stays away from tasks without event targets or events', async () => {
    const { wrapper } = await openTask(messageBoard.id)
    expect(wrapper.find('.task-events').exists()).toBe(false)
    wrapper.unmount()
  })
})
