// The event screen on the device database: every tap, tick and status change is saved with
// its outbox entry and shows once it is on disk.
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { checklistItemIdOf } from '../../../shared/events'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { storeEvent, unit } from '../../../../tests/helpers/app/eventFixtures'

const pinia = createPinia()

async function openEvent(path: string, ready: string, myUnit = unit) {
  useSettingsStore().myUnit = myUnit
  const mounted = await mountApp(pinia, path)
  // 记录 loads with its view (the first time in a test run, transformed on demand): generous.
  await vi.waitFor(() => expect(mounted.wrapper.find(ready).exists()).toBe(true), { timeout: 5000 })
  return mounted
}

const outbox = async (entity: string) => (await db.outbox.toArray()).filter(e => e.entity === entity)
/** Confirms the open dialog that asks this question (Vant reuses one hidden dialog element). */
const confirmDialog = (question: string) => vi.waitFor(() => {
  const dialog = [...document.querySelectorAll<HTMLElement>('.van-dialog')].find(d => d.style.display !== 'none' && d.textContent?.includes(question))
  expect(dialog).toBeDefined()
  dialog!.querySelector<HTMLButtonElement>('.van-dialog__confirm')!.click()
})

describe('the event screen', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))

  it('counts a tap at the door once it is saved, and takes it back with undo', async () => {
    const event = await storeEvent()
    const { wrapper } = await openEvent(`/events/${event.id}?view=checkin`, '.tile')
    const media = () => wrapper.findAll('.tile').find(tile => tile.text().includes('媒体'))!
    await media().get('.tile__add').trigger('click')
    await media().get('.tile__add').trigger('click')
    await vi.waitFor(() => expect(media().get('.tile__count').text()).toBe('2'), { timeout: 5000 })
    expect(wrapper.get('.checkin__total').text()).toContain('2 人')
    await media().get('.tile__undo').trigger('click')
    await vi.waitFor(() => expect(media().get('.tile__count').text()).toBe('1'), { timeout: 5000 })
    const taps = await outbox('checkin')
    expect(taps.map(e => [e.op, e.data.attendeeType, e.data.delta])).toEqual([['put', 'media', 1], ['put', 'media', 1], ['put', 'media', -1]])
    wrapper.unmount()
  })

  it('names the tasks the event counts towards by their titles, and keeps the id of one not on the phone', async () => {
    const [openDay] = fixtureTasks()
    const event = await storeEvent({ taskIds: [openDay.id, 'task-of-another-plan'] })
    const { wrapper } = await openEvent(`/events/${event.id}?view=overview`, '.checklist__item')
    await vi.waitFor(() => expect(wrapper.text()).toContain(openDay.title), { timeout: 5000 })
    expect(wrapper.find(`a[href="/tasks/${encodeURIComponent(openDay.id)}"]`).text()).toBe(openDay.title)
    expect(wrapper.find('a[href="/tasks/task-of-another-plan"]').text()).toBe('task-of-another-plan')
    wrapper.unmount()
  })

  it('ticks a checklist item through the outbox, with who and when, and unticks it', async () => {
    const event = await storeEvent()
    const { wrapper } = await openEvent(`/events/${event.id}?view=overview`, '.checklist__item')
    const id = checklistItemIdOf(event.id, 'announce')
    const box = () => wrapper.get(`input[aria-labelledby="item-${id}"]`)
    await box().trigger('change')
    // A busy machine's live query can take longer than vi.waitFor's default second.
    await vi.waitFor(async () => expect((await db.eventChecklist.get(id))?.done).toBe(true), { timeout: 5000 })
    await vi.waitFor(() => expect((box().element as HTMLInputElement).checked).toBe(true), { timeout: 5000 })
    expect(wrapper.text()).toContain('已完成 1/9')
    await box().trigger('change')
    await vi.waitFor(async () => expect((await db.eventChecklist.get(id))?.done).toBe(false), { timeout: 5000 })
    const patches = (await outbox('eventChecklistItem')).filter(e => e.op === 'patch')
    expect(patches.map(e => Object.keys(e.data).sort())).toEqual([['done', 'doneAt', 'doneBy'], ['done', 'doneAt', 'doneBy']])
    expect(patches.map(e => e.data.done)).toEqual([true, false])
    wrapper.unmount()
  })

  it('moves the status on: starting goes to the counter, closing asks first', async () => {
    const event = await storeEvent()
    const { wrapper, router } = await openEvent(`/events/${event.id}`, '.status-actions')
    await wrapper.findAll('.status-actions button').find(b => b.text() === '开始活动')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.checkin').exists()).toBe(true), { timeout: 5000 })
    expect((await db.events.get(event.id))?.status).toBe('ongoing')

    await router.replace({ query: { view: 'overview' } })
    await vi.waitFor(() => expect(wrapper.find('.status-actions').exists()).toBe(true), { timeout: 5000 })
    await wrapper.findAll('.status-actions button').find(b => b.text() === '结束活动')!.trigger('click')
    await vi.waitFor(() => expect(document.body.textContent).toContain('公开问卷链接将同时关闭'), { timeout: 5000 })
    expect((await db.events.get(event.id))?.status).toBe('ongoing')
    await confirmDialog('公开问卷链接将同时关闭')
    await vi.waitFor(async () => expect((await db.events.get(event.id))?.status).toBe('closed'), { timeout: 5000 })
    expect((await outbox('event')).map(e => e.data.status ?? e.op)).toEqual(['planned', 'ongoing', 'closed'])
    wrapper.unmount()
  })

  it('records a note, cleared only once saved, and removes it after asking', async () => {
    const event = await storeEvent()
    const { wrapper } = await openEvent(`/events/${event.id}?view=record`, '.notes')
    await wrapper.get('.notes__form textarea').setValue('停车位紧张，需协调')
    await wrapper.get('.notes__form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('.notes__text').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('.notes__text').text()).toBe('停车位紧张，需协调')
    expect((wrapper.get('.notes__form textarea').element as HTMLTextAreaElement).value).toBe('')
    await wrapper.get('.notes__remove').trigger('click')
    await confirmDialog('确定删除这条笔记吗')
    await vi.waitFor(async () => expect(await db.eventNotes.count()).toBe(0), { timeout: 5000 })
    expect((await outbox('eventNote')).map(e => e.op)).toEqual(['put', 'delete'])
    wrapper.unmount()
  })

  it('keeps a note being typed when the screen is left, puts it back on return, and drops it once saved', async () => {
    const event = await storeEvent()
    const first = await openEvent(`/events/${event.id}?view=record`, '.notes')
    await first.wrapper.get('.notes__form textarea').setValue('门口台阶需要防滑垫')
    first.wrapper.unmount()

    const { wrapper } = await openEvent(`/events/${event.id}?view=record`, '.notes')
    const field = () => wrapper.get('.notes__form textarea').element as HTMLTextAreaElement
    expect(field().value).toBe('门口台阶需要防滑垫')
    expect(wrapper.get('.notes__restored').text()).toContain('已恢复')
    await wrapper.get('.notes__form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('.notes__text').exists()).toBe(true), { timeout: 5000 })
    expect(field().value).toBe('')
    expect(wrapper.find('.notes__restored').exists()).toBe(false)
    wrapper.unmount()

    const again = await openEvent(`/events/${event.id}?view=record`, '.notes')
    expect((again.wrapper.get('.notes__form textarea').element as HTMLTextAreaElement).value).toBe('')
    expect(await db.eventNotes.count()).toBe(1)
    again.wrapper.unmount()
  })

  it('is read-only for another unit\'s event', async () => {
    const event = await storeEvent()
    await db.outbox.clear()
    const { wrapper } = await openEvent(`/events/${event.id}?view=checkin`, '.tile', '区生态环境局')
    expect(wrapper.text()).toContain('只能查看')
    expect(wrapper.findAll('.tile__add').every(b => b.attributes('disabled') !== undefined)).toBe(true)
    expect(wrapper.text()).not.toContain('编辑')
    wrapper.unmount()
  })
})
