import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { event } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const unit = '区生态环境局'

async function openForm(path = '/feedback/new', myUnit: string | null = unit) {
  useSettingsStore().myUnit = myUnit
  const { wrapper, router } = await mountApp(pinia, path)
  return { wrapper, router }
}

const chip = (wrapper: Awaited<ReturnType<typeof openForm>>['wrapper'], topic: string) =>
  wrapper.findAll('.topic-chips__chip').find(label => label.text() === topic)!

describe('quick entry of feedback', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(async () => {
    localStorage.clear()
    await resetDevice([qingpu2024])
  })

  it('saves a spoken comment with one tap: the text field is focused and a topic already chosen', async () => {
    const { wrapper } = await openForm()
    const content = wrapper.get('textarea')
    expect(document.activeElement).toBe(content.element)
    expect(chip(wrapper, '其他').classes()).toContain('topic-chips__chip--on')

    await content.setValue('活动现场停车位太少，希望增加')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.feedback.count()).toBe(1))
    const [saved] = await db.feedback.toArray()
    expect(saved).toMatchObject({ unit, topic: '其他', content: '活动现场停车位太少，希望增加', status: 'registered', respondentType: 'citizen', consent: false, phone: null })
    expect(saved.replyDue > saved.receivedOn).toBe(true)
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.op}:${e.id}`)).toEqual([`feedback:put:${saved.id}`])
    wrapper.unmount()
  })

  it('stays ready for the next one: cleared, focused, and the topic back to the neutral one', async () => {
    const { wrapper } = await openForm()
    await chip(wrapper, '交通出行').get('input').setValue(true)
    await wrapper.get('textarea').setValue('公交班次太少')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('已保存第 1 条'))
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    expect(document.activeElement).toBe(wrapper.get('textarea').element)
    // The next person's topic is theirs to choose, not the last one's.
    expect(chip(wrapper, '其他').classes()).toContain('topic-chips__chip--on')
    await wrapper.get('textarea').setValue('希望增加公交班次')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('已保存第 2 条'))
    expect((await db.feedback.toArray()).map(f => f.topic).sort()).toEqual(['交通出行', '其他'].sort())
    wrapper.unmount()

    const again = await openForm()
    expect(chip(again.wrapper, '其他').classes()).toContain('topic-chips__chip--on')
    again.wrapper.unmount()
  })

  it('keeps what was typed as a draft when the screen is left, puts it back, and drops it once saved', async () => {
    const { wrapper } = await openForm()
    await chip(wrapper, '交通出行').get('input').setValue(true)
    await wrapper.get('textarea').setValue('停车场指示牌不清楚')
    wrapper.unmount()

    const again = await openForm()
    expect((again.wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('停车场指示牌不清楚')
    expect(chip(again.wrapper, '交通出行').classes()).toContain('topic-chips__chip--on')
    await again.wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.feedback.count()).toBe(1))
    again.wrapper.unmount()

    const third = await openForm()
    expect((third.wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    third.wrapper.unmount()
  })

  it('shows the consent to leave contact details without opening 更多信息', async () => {
    const { wrapper } = await openForm()
    const consent = wrapper.get('.contact-fields .van-checkbox')
    expect(consent.element.closest('details')).toBeNull()
    expect(consent.text()).toContain('同意')
    wrapper.unmount()
  })

  it('keeps name and phone only with consent, and names a wrong number without saving anything', async () => {
    const { wrapper } = await openForm()
    await wrapper.get('textarea').setValue('河道有异味，希望加强治理')
    expect(wrapper.find('input[type=tel]').exists()).toBe(false)
    await wrapper.get('.contact-fields .van-checkbox').trigger('click')
    await wrapper.get('.contact-fields input:not([type=tel])').setValue('张三')
    await wrapper.get('input[type=tel]').setValue('1381234')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('电话号码不对'))
    expect(await db.feedback.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)

    await wrapper.get('input[type=tel]').setValue('138 1234 1234')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.feedback.count()).toBe(1))
    expect(await db.feedback.toArray()).toEqual([expect.objectContaining({ consent: true, name: '张三', phone: '13812341234', phoneMasked: '138****1234', nameMasked: '张*' })])
    wrapper.unmount()
  })

  it('asks for the content rather than saving an empty item', async () => {
    const { wrapper } = await openForm()
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('请填写意见内容'))
    expect(await db.feedback.count()).toBe(0)
    wrapper.unmount()
  })

  it('links the item to the event it was opened from', async () => {
    const openDay = event({ unit })
    await db.events.put(openDay)
    const { wrapper } = await openForm(`/feedback/new?event=${openDay.id}`)
    await vi.waitFor(() => expect(wrapper.text()).toContain(`关联活动：${openDay.title}`))
    await wrapper.get('textarea').setValue('讲解很清楚，收获很多')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.feedback.toArray())[0]?.eventId).toBe(openDay.id))
    wrapper.unmount()
  })

  it('gives an item heard at another unit\'s event that unit, not the recorder\'s (issue 12 point 4)', async () => {
    const openDay = event({ unit: '朱家角镇' })
    await db.events.put(openDay)
    const { wrapper } = await openForm(`/feedback/new?event=${openDay.id}`, '区政府办公室')
    await wrapper.get('textarea').setValue('希望多办几场')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.feedback.toArray())[0]).toMatchObject({ eventId: openDay.id, unit: '朱家角镇' }))
    wrapper.unmount()
  })

  it('asks for a unit first on a device that has none', async () => {
    const { wrapper } = await openForm('/feedback/new', null)
    expect(wrapper.text()).toContain('请先在“我的”中选择您的单位')
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })
})
