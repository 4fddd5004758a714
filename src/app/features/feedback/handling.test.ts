import type { FeedbackRecord } from '../../../shared/records/feedback'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { useSettingsStore } from '../../stores/settings'
import { addDays, shanghaiDate } from '../../../shared/calendar'
import { handlingFields } from '../../../shared/records/feedback'
import { feedback, withContact } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const today = shanghaiDate(Date.now())
const recorded = feedback({ ...withContact, receivedOn: today, replyDue: addDays(today, 21) })

async function openItem(unit: string, row: FeedbackRecord = recorded) {
  await db.feedback.put(row)
  useSettingsStore().myUnit = unit
  const { wrapper } = await mountApp(pinia, `/feedback/${row.id}`)
  await vi.waitFor(() => expect(wrapper.find('.item-summary').exists()).toBe(true), { timeout: 5000 })
  return wrapper
}

const button = (wrapper: Awaited<ReturnType<typeof openItem>>, text: string) => wrapper.findAll('button').find(b => b.text() === text)!

/** Vant's confirmation goes to document.body; answers it once it names the consequence. */
async function confirmDialog(mentions: string) {
  await vi.waitFor(() => expect(document.body.querySelector('.van-dialog__message')?.textContent).toContain(mentions), { timeout: 5000 })
  document.body.querySelector<HTMLButtonElement>('.van-dialog__confirm')!.click()
}

describe('handling a feedback item', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))

  it('refers, replies and publishes, each move one patch carrying the whole handling group', async () => {
    const wrapper = await openItem(recorded.unit)
    expect(wrapper.text()).toContain('13812341234')
    await button(wrapper, '转办').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('.refer-sheet')?.textContent).toContain('转办给…'), { timeout: 5000 })
    const sheet = document.body.querySelector('.refer-sheet')!
    const choice = [...sheet.querySelectorAll<HTMLButtonElement>('.refer-sheet__option')].find(b => b.textContent?.trim() === '区数据局')!
    choice.click()
    // Choosing a unit does not refer yet: the note may follow, then the named button.
    await vi.waitFor(() => expect(sheet.querySelector('.van-button--primary')?.textContent).toContain('转办给 区数据局'), { timeout: 5000 })
    expect((await db.feedback.get(recorded.id))?.status).toBe('registered')
    const note = sheet.querySelector<HTMLTextAreaElement>('textarea')!
    note.value = '请核实监测点位'
    note.dispatchEvent(new Event('input'))
    sheet.querySelector<HTMLButtonElement>('.van-button--primary')!.click()
    await vi.waitFor(async () => expect(await db.feedback.get(recorded.id)).toMatchObject({ status: 'referred', referralNote: '请核实监测点位' }), { timeout: 5000 })
    await vi.waitFor(() => expect(wrapper.text()).toContain('已转办至 区数据局'), { timeout: 5000 })
    expect(wrapper.text()).toContain('请核实监测点位')

    await wrapper.get('.handling__form textarea').setValue('已转区数据局研究，将在网站公开监测数据')
    await wrapper.get('.handling__form').trigger('submit')
    await vi.waitFor(async () => expect((await db.feedback.get(recorded.id))?.status).toBe('replied'), { timeout: 5000 })
    await vi.waitFor(() => expect(button(wrapper, '公开')).toBeDefined(), { timeout: 5000 })
    // Saved as it stands: the button waits for a change, and now says it would change the reply.
    expect(button(wrapper, '修改答复').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('办结这条意见')
    await wrapper.get('.handling__form textarea').setValue('已转区数据局研究，将在网站公开监测数据。')
    expect(button(wrapper, '修改答复').attributes('disabled')).toBeUndefined()
    await wrapper.get('.handling__form textarea').setValue('已转区数据局研究，将在网站公开监测数据')
    await button(wrapper, '公开').trigger('click')
    await confirmDialog('常见问题与解答')
    await vi.waitFor(async () => expect((await db.feedback.get(recorded.id))).toMatchObject({ status: 'published', referredTo: '区数据局', reply: '已转区数据局研究，将在网站公开监测数据', repliedOn: today }), { timeout: 5000 })

    const patches = (await db.outbox.toArray()).map(e => e.data)
    expect(patches.map(p => p.status)).toEqual(['referred', 'replied', 'published'])
    patches.forEach(patch => expect(Object.keys(patch).filter(key => key !== 'referralNote').sort()).toEqual([...handlingFields].sort()))
    expect(patches[0].referralNote).toBe('请核实监测点位')
    // One status in the header: 已公开, not also 已答复.
    expect(wrapper.get('.item-summary__top').text()).toContain('已公开')
    expect(wrapper.get('.item-summary__top').text()).not.toContain('已答复')
    wrapper.unmount()
  })

  it('asks for a reason before withholding', async () => {
    const replied = { ...recorded, status: 'replied' as const, reply: '已答复', repliedOn: today }
    const wrapper = await openItem(recorded.unit, replied)
    await button(wrapper, '不予公开').trigger('click')
    expect(button(wrapper, '确定不予公开').attributes('disabled')).toBeDefined()
    await wrapper.findAll('.handling__form textarea').at(-1)!.setValue('涉及个人隐私')
    await button(wrapper, '确定不予公开').trigger('click')
    await confirmDialog('不会出现在任何公开页面')
    await vi.waitFor(async () => expect(await db.feedback.get(recorded.id)).toMatchObject({ status: 'withheld', withheldReason: '涉及个人隐私' }), { timeout: 5000 })
    await vi.waitFor(() => expect(wrapper.text()).toContain('不予公开：涉及个人隐私'), { timeout: 5000 })
    wrapper.unmount()
  })

  it('takes 公开 back while it has not left the phone, and says so once it has', async () => {
    const replied = { ...recorded, status: 'replied' as const, reply: '已答复', repliedOn: today }
    const wrapper = await openItem(recorded.unit, replied)
    await button(wrapper, '公开').trigger('click')
    await confirmDialog('公开')
    await vi.waitFor(async () => expect((await db.feedback.get(recorded.id))?.status).toBe('published'), { timeout: 5000 })
    await vi.waitFor(() => expect(wrapper.find('.undo-bar').text()).toContain('已公开'), { timeout: 5000 })
    await button(wrapper, '撤销').trigger('click')
    await vi.waitFor(async () => expect(await db.feedback.get(recorded.id)).toMatchObject({ status: 'replied', closedAt: null }), { timeout: 5000 })
    expect(await db.outbox.count()).toBe(0)

    await vi.waitFor(() => expect(button(wrapper, '公开')).toBeDefined(), { timeout: 5000 })
    await button(wrapper, '公开').trigger('click')
    await confirmDialog('公开')
    await vi.waitFor(async () => expect((await db.feedback.get(recorded.id))?.status).toBe('published'), { timeout: 5000 })
    await db.outbox.clear() // as once the server acknowledged it
    await vi.waitFor(() => expect(button(wrapper, '撤销')).toBeDefined(), { timeout: 5000 })
    await button(wrapper, '撤销').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('已发送到服务器，不能再撤销'), { timeout: 5000 })
    expect((await db.feedback.get(recorded.id))?.status).toBe('published')
    wrapper.unmount()
  })

  it('shows another unit the phone masked, and lets the referred unit answer', async () => {
    const referred = { ...recorded, name: null, phone: null, status: 'referred' as const, referredTo: '区数据局', referredAt: Date.now() }
    await adoptSession({ token: 't', expiresAt: Date.now() + 3_600_000, user: { id: 'u2', username: 'data', displayName: '数据局', unit: '区数据局', role: 'staff' } })
    await useSessionStore().load()
    const wrapper = await openItem('区数据局', referred)
    expect(wrapper.text()).toContain('138****1234')
    expect(wrapper.text()).not.toContain('13812341234')
    expect(wrapper.text()).toContain('已隐去')
    expect(wrapper.find('.handling__form').exists()).toBe(true)
    wrapper.unmount()
    await db.meta.clear()
    await useSessionStore().load()
  })

  it('is read-only to a unit it was neither recorded by nor referred to', async () => {
    const wrapper = await openItem('区教育局')
    expect(wrapper.text()).toContain('只能查看')
    expect(wrapper.find('.handling__form').exists()).toBe(false)
    wrapper.unmount()
  })
})
