import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { addWorkingDays, workCalendar } from '../../../shared/calendar'
import { addDays, shanghaiDate } from '../../../shared/calendar'
import { uuidv7 } from '../../../shared/ids'
import { event, feedback } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const unit = '区生态环境局'
const now = Date.now()
const today = shanghaiDate(now)
const calendar = workCalendar()
const hour = 3_600_000

async function openHome() {
  useSettingsStore().myUnit = unit
  const { wrapper } = await mountApp(pinia, '/')
  await vi.waitFor(() => expect(wrapper.find('.desk-events').exists()).toBe(true), { timeout: 5000 })
  return wrapper
}

describe('首页 as the day\'s desk', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))

  it('leads with today\'s open day of my unit, one tap from its check-in, then the coming ones', async () => {
    const todays = event({ id: uuidv7(), title: '今天的开放日', startsAt: now - hour, endsAt: now + hour, status: 'ongoing' })
    const coming = event({ id: uuidv7(), title: '下周的开放日', startsAt: now + 6 * 24 * hour, endsAt: now + 6 * 24 * hour + hour })
    await db.events.bulkPut([todays, coming, event({ id: uuidv7(), unit: '区教育局', title: '别的单位', startsAt: now, endsAt: now + hour })])
    const wrapper = await openHome()
    await vi.waitFor(() => expect(wrapper.find('.desk-event').exists()).toBe(true))
    expect(wrapper.get('.desk-event__title').text()).toBe('今天的开放日')
    expect(wrapper.get('.desk-event__checkin').attributes('href')).toBe(`/events/${todays.id}?view=checkin`)
    expect(wrapper.findAll('.desk-events__name').map(n => n.text())).toEqual(['下周的开放日'])
    expect(wrapper.text()).not.toContain('别的单位')
    wrapper.unmount()
  })

  it('says so when there is no event, and offers to create one', async () => {
    const wrapper = await openHome()
    expect(wrapper.get('.desk-events__empty').text()).toContain('近期没有活动')
    expect(wrapper.get('.desk-events__empty a').attributes('href')).toBe('/events/new')
    expect(wrapper.get('.desk-replies__empty').text()).toContain('没有临近答复期限的意见')
    wrapper.unmount()
  })

  it('lists replies overdue or due within three working days with their countdowns, and flags them on the 意见 tab', async () => {
    const late = feedback({ id: uuidv7(), content: '逾期的意见', receivedOn: addDays(today, -40), replyDue: addDays(today, -10) })
    const soon = feedback({ id: uuidv7(), content: '快到期的意见', receivedOn: today, replyDue: addWorkingDays(today, 2, calendar) })
    await db.feedback.bulkPut([
      soon,
      late,
      feedback({ id: uuidv7(), content: '还早的意见', receivedOn: today, replyDue: addWorkingDays(today, 15, calendar) }),
      feedback({ id: uuidv7(), content: '已答复的意见', receivedOn: addDays(today, -40), replyDue: addDays(today, -1), status: 'replied', reply: '已答复', repliedOn: today }),
    ])
    const wrapper = await openHome()
    await vi.waitFor(() => expect(wrapper.findAll('.desk-replies__row')).toHaveLength(2))
    const rows = wrapper.findAll('.desk-replies__row')
    expect(rows[0].text()).toContain('逾期的意见')
    expect(rows[0].text()).toMatch(/已逾期 \d+ 个工作日/)
    expect(rows[0].attributes('href')).toBe(`/feedback/${late.id}`)
    expect(rows[1].text()).toContain('快到期的意见')
    expect(rows[1].text()).toContain('还有 2 个工作日')
    await vi.waitFor(() => expect(wrapper.find('.tabbar__badge').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('.tabbar__badge').text()).toBe('2')
    expect(wrapper.get('a[href="/feedback"][role="tab"]').text()).toContain('2 条意见临近或超过答复期限')
    wrapper.unmount()
  })

  it('lists the five most pressing of many replies due and counts them all', async () => {
    const due = Array.from({ length: 12 }, (_, i) => feedback({ id: uuidv7(), content: `第${i + 1}条`, receivedOn: addDays(today, -40), replyDue: addDays(today, -20 + i) }))
    await db.feedback.bulkPut(due)
    const wrapper = await openHome()
    await vi.waitFor(() => expect(wrapper.find('.desk-replies__more').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.findAll('.desk-replies__row').map(row => row.find('.desk-replies__text').text())).toEqual(['第1条', '第2条', '第3条', '第4条', '第5条'])
    expect(wrapper.get('.desk-replies__count').text()).toBe('12')
    expect(wrapper.get('.desk-replies__more').text()).toContain('12')
    await vi.waitFor(() => expect(wrapper.find('.tabbar__badge').text()).toBe('12'), { timeout: 5000 })
    wrapper.unmount()
  })
})
