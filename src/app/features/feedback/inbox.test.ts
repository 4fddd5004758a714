import type { FeedbackRecord } from '../../../shared/records/feedback'
import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFeedbackFilters } from './composables/useFeedbackFilters'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { addDays, shanghaiDate } from '../../../shared/calendar'
import { uuidv7 } from '../../../shared/ids'
import { feedback, withContact } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, mountAppUnsettled, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const unit = '区生态环境局'
const today = shanghaiDate(Date.now())
const item = (content: string, change: Partial<FeedbackRecord> = {}) =>
  feedback({ id: uuidv7(), content, receivedOn: today, replyDue: addDays(today, 21), createdAt: Date.now(), ...change })

async function openInbox(path = '/feedback') {
  useSettingsStore().myUnit = unit
  const { wrapper, router } = await mountApp(pinia, path)
  await vi.waitFor(() => expect(wrapper.find('.feedback-page__count').exists()).toBe(true))
  return { wrapper, router }
}

const rowTexts = (wrapper: Awaited<ReturnType<typeof openInbox>>['wrapper']) => wrapper.findAll('.feedback-row__content').map(r => r.text())

describe('the feedback inbox', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(async () => {
    await resetDevice([qingpu2024])
    // The filters outlive a screen on purpose (coming back finds them as left); not across tests.
    useFeedbackFilters().reset()
  })
  afterEach(() => vi.restoreAllMocks())

  it('renders its header with the route and its search, filters and list a task later', async () => {
    const { wrapper } = await mountAppUnsettled(pinia, '/feedback')
    expect(wrapper.find('.feedback-page h1').exists()).toBe(true)
    expect(wrapper.find('#feedback-search').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('#feedback-search').exists()).toBe(true), { timeout: 5000 })
    wrapper.unmount()
  })

  it('lists my unit\'s items and those referred to it, unanswered by deadline first', async () => {
    await db.feedback.bulkPut([
      item('河道有异味', { replyDue: addDays(today, 10) }),
      item('停车位太少', { replyDue: addDays(today, 5) }),
      item('另一单位的意见', { unit: '区教育局' }),
      item('转来的意见', { unit: '区教育局', status: 'referred', referredTo: unit, referredAt: Date.now() }),
    ])
    const { wrapper } = await openInbox()
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['停车位太少', '河道有异味', '转来的意见']))
    expect(wrapper.text()).toContain('区教育局 转来')
    expect(wrapper.text()).toContain('共 3 条')
    wrapper.unmount()
  })

  it('filters by status and words, and the 首页 link shows only overdue items', async () => {
    await db.feedback.bulkPut([
      item('逾期的意见', { receivedOn: '2024-01-02', replyDue: '2024-01-23' }),
      item('按时的意见'),
      item('已答复的意见', { receivedOn: '2024-01-02', replyDue: '2024-01-23', status: 'replied', reply: '已答复', repliedOn: '2024-01-10' }),
    ])
    const { wrapper } = await openInbox('/feedback?due=overdue')
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['逾期的意见']))
    expect(wrapper.text()).toMatch(/已逾期 \d+ 个工作日/)
    await wrapper.get('.feedback-page__bar button').trigger('click')
    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(3))
    const status = wrapper.findAll('.filter-chip').find(c => c.text().includes('按状态筛选'))!.get('select')
    await status.setValue('replied')
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['已答复的意见']))
    await status.setValue(null)
    await wrapper.get('#feedback-search').setValue('按时')
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['按时的意见']))
    wrapper.unmount()
  })

  it('shows a filter\'s items in the rows already on screen, each with its own link and status', async () => {
    const open = item('停车位太少', { receivedOn: '2025-06-02', replyDue: addDays(today, 5) })
    const answered = item('河道有异味', { receivedOn: '2025-06-03', status: 'replied', reply: '已答复', repliedOn: '2025-06-10' })
    await db.feedback.bulkPut([open, answered])
    const { wrapper } = await openInbox()
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['停车位太少', '河道有异味']), { timeout: 5000 })
    const firstRow = wrapper.get('.feedback-row').element
    const status = wrapper.findAll('.filter-chip').find(c => c.text().includes('按状态筛选'))!.get('select')
    await status.setValue('replied')
    await vi.waitFor(() => expect(rowTexts(wrapper)).toEqual(['河道有异味']), { timeout: 5000 })
    // The row on screen was given the other item (a patch), not replaced by a new one.
    const row = wrapper.get('.feedback-row')
    expect(row.element).toBe(firstRow)
    expect(row.attributes('href')).toBe(`/feedback/${answered.id}`)
    expect(row.text()).toContain('2025-06-03')
    expect(row.text()).not.toContain('2025-06-02')
    wrapper.unmount()
  })

  it('exports the list as CSV with a byte-order mark, phone numbers as this viewer may see them', async () => {
    await db.feedback.bulkPut([item('希望增加停车位', { ...withContact })])
    const files: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob)
      return 'blob:csv'
    })
    const { wrapper } = await openInbox()
    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(1))
    await wrapper.findAll('.feedback-page__bar button').find(b => b.text() === '导出 CSV')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('已导出 1 条意见'))
    const bytes = new Uint8Array(await files[0].arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('编号,登记日期,登记单位')
    expect(text).toContain('13812341234')
    wrapper.unmount()
  })
})
