// Units appear on the feedback and event screens by the directory's name, never by their id:
// the city bureau's office is '局办公室', whatever its id says.
import type { FeedbackRecord } from '../../../shared/records/feedback'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import FeedbackHandlingSteps from './components/FeedbackHandlingSteps.vue'
import EventSummary from '../events/components/EventSummary.vue'
import { saveDirectory } from '../../db/directoryRepository'
import { useDirectory } from '../directory'
import { event, feedback } from '../../../../tests/shared/feedback/fixtures'
import { testNodes } from '../../../../tests/shared/directoryFixture'

const office = '上海市生态环境局/局办公室'
// The directory is a store (it outlives every screen): the components and the test share this one.
const pinia = createPinia()

describe('units on the feedback and event screens', () => {
  beforeAll(async () => {
    setActivePinia(pinia)
    await saveDirectory({ version: 1, unitId: office, organizationId: '上海市生态环境局', nodes: testNodes }, 'user')
    await vi.waitFor(() => expect(useDirectory().displayName(office)).toBe('局办公室'))
  })

  it('names the unit that recorded an item and the one it was referred to', async () => {
    const item: FeedbackRecord = { ...feedback({ unit: office }), status: 'referred', referredTo: '大气处', referredAt: Date.UTC(2025, 5, 3) }
    const wrapper = mount(FeedbackHandlingSteps, { props: { item }, global: { plugins: [pinia] } })
    await flushPromises()
    expect(wrapper.text()).toContain('局办公室')
    expect(wrapper.text()).not.toContain(office)
    wrapper.unmount()
  })

  it('names an event\'s host unit', async () => {
    const wrapper = mount(EventSummary, { props: { event: event({ unit: office }), taskTitles: new Map() }, global: { plugins: [pinia] } })
    await flushPromises()
    expect(wrapper.text()).toContain('局办公室')
    expect(wrapper.text()).not.toContain(office)
    wrapper.unmount()
  })
})
