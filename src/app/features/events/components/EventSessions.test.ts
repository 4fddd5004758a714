import type { EventSessionRecord } from '../../../../shared/records/eventSession'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import EventSessions from './EventSessions.vue'
import { instantOf } from '../model/eventWhen'
import { uuidv7 } from '../../../../shared/ids'

const eventStartsAt = instantOf('2025-06-03', '09:00')!
const span = { startsAt: eventStartsAt, endsAt: instantOf('2025-06-03', '12:00')! }
const session: EventSessionRecord = { id: uuidv7(), eventId: uuidv7(), unit: '区政府办公室', kind: 'visit', title: '参观办事大厅', startsAt: eventStartsAt, endsAt: null, note: '' }

// The session form registers with the dirty-form store, which leans on the router's leave guard.
function mountTimeline(props: Partial<InstanceType<typeof EventSessions>['$props']> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }] })
  return mount(EventSessions, { props: { sessions: [session], span, editable: true, ...props }, global: { plugins: [router] } })
}

describe('EventSessions', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows a running session on the timeline and ends it now, start and end together', async () => {
    const wrapper = mountTimeline()
    expect(wrapper.get('.sessions__time').text()).toContain('09:00–进行中')
    await wrapper.get('button[aria-label="参观办事大厅：记为已结束"]').trigger('click')
    const [[id, change]] = wrapper.emitted('change') as Array<[string, Record<string, number>]>
    expect(id).toBe(session.id)
    expect(Object.keys(change).sort()).toEqual(['endsAt', 'startsAt'])
    expect(change.endsAt).toBeGreaterThanOrEqual(change.startsAt)
  })

  it('adds a session on the event\'s day, named after its kind when left unnamed', async () => {
    const wrapper = mountTimeline({ sessions: [] })
    await wrapper.get('.van-button').trigger('click')
    await wrapper.get('.session-form select').setValue('symposium')
    const [start, end] = wrapper.findAll('input[type=time]')
    await start.setValue('10:00')
    await end.setValue('11:30')
    await wrapper.get('textarea').setValue('  市民关注窗口排队  ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toEqual([[{ kind: 'symposium', title: '座谈', startsAt: instantOf('2025-06-03', '10:00'), endsAt: instantOf('2025-06-03', '11:30'), note: '市民关注窗口排队' }]])
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('refuses an end before the start, saying so', async () => {
    const wrapper = mountTimeline()
    await wrapper.get('button[aria-label="修改环节：参观办事大厅"]').trigger('click')
    await wrapper.findAll('input[type=time]')[1].setValue('08:00')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('change')).toBeUndefined()
    expect(wrapper.get('[role=alert]').text()).toBe('结束时间不能早于开始时间。')
  })

  it('lets an evening session end after midnight, saying it ends the next day', async () => {
    const wrapper = mountTimeline({ sessions: [] })
    await wrapper.get('.van-button').trigger('click')
    const [start, end] = wrapper.findAll('input[type=time]')
    await start.setValue('20:30')
    await end.setValue('00:30')
    expect(wrapper.get('.session-form__hint').text()).toBe('结束时间早于开始时间，按次日结束记录。')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toEqual([[expect.objectContaining({ startsAt: instantOf('2025-06-03', '20:30'), endsAt: instantOf('2025-06-04', '00:30') })]])
  })

  it('dates the sessions of an open month, and puts a new one on the day chosen within it', async () => {
    const month = { startsAt: instantOf('2025-05-01', '09:00')!, endsAt: instantOf('2025-05-31', '17:00')! }
    const wrapper = mountTimeline({ span: month, sessions: [{ ...session, startsAt: instantOf('2025-05-03', '10:00')!, endsAt: instantOf('2025-05-03', '11:00')! }] })
    expect(wrapper.get('.sessions__time').text()).toContain('5月3日 10:00–11:00')
    await wrapper.get('.sessions > .van-button').trigger('click')
    const day = wrapper.get('input[type=date]')
    const [start] = wrapper.findAll('input[type=time]')
    await start.setValue('14:00')
    await day.setValue('2025-06-02')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role=alert]').text()).toBe('环节日期须在活动期间内。')
    await day.setValue('2025-05-20')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('add')).toEqual([[expect.objectContaining({ startsAt: instantOf('2025-05-20', '14:00'), endsAt: null })]])
  })

  it('offers no changes when read-only', () => {
    const wrapper = mountTimeline({ editable: false })
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
