import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { addDays, shanghaiDate } from '../../../shared/calendar'
import { uuidv7 } from '../../../shared/ids'
import { feedback } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const today = shanghaiDate(Date.now())
const unit = '区生态环境局'

async function openHome() {
  useSettingsStore().myUnit = unit
  const { wrapper } = await mountApp(pinia, '/')
  await vi.waitFor(() => expect(wrapper.find('.year-progress').exists()).toBe(true))
  return wrapper
}

describe('overdue feedback on 首页', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))

  it('flags the unit\'s unanswered items past their reply deadline, linking to them', async () => {
    const late = { receivedOn: addDays(today, -40), replyDue: addDays(today, -10) }
    await db.feedback.bulkPut([
      feedback({ id: uuidv7(), ...late }),
      feedback({ id: uuidv7(), ...late, status: 'referred', unit: '区教育局', referredTo: unit, referredAt: 1 }),
      feedback({ id: uuidv7(), ...late, status: 'replied', reply: '已答复', repliedOn: addDays(today, -20) }),
      feedback({ id: uuidv7(), ...late, unit: '区教育局' }),
      feedback({ id: uuidv7(), receivedOn: today, replyDue: addDays(today, 21) }),
    ])
    const wrapper = await openHome()
    // 首页's desk is a lazy chunk: on a busy machine its first load takes longer than waitFor's default second.
    await vi.waitFor(() => expect(wrapper.find('.overdue-card').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('.overdue-card').text()).toContain('2 条意见已超过答复期限')
    expect(wrapper.get('.overdue-card').attributes('href')).toBe('/feedback?due=overdue')
    wrapper.unmount()
  })

  it('shows nothing while every reply is on time', async () => {
    await db.feedback.put(feedback({ receivedOn: today, replyDue: addDays(today, 21) }))
    const wrapper = await openHome()
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(wrapper.find('.overdue-card').exists()).toBe(false)
    wrapper.unmount()
  })
})
