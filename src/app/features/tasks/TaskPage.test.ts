import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import TaskChecklistItem from './components/TaskChecklistItem.vue'
import { useUndoStore } from './stores/undo'

const [openDay] = fixtureTasks()
const pinia = createPinia()

async function openTask(unit: string | null) {
  useSettingsStore().myUnit = unit
  const { wrapper } = await mountApp(pinia, `/tasks/${encodeURIComponent(openDay.id)}`)
  await vi.waitFor(() => expect(wrapper.text()).toContain(openDay.title))
  return wrapper
}

describe('task detail', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    // "Today" inside the fixture plan's year: an archived year would refuse every tick.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
  })
  afterAll(() => vi.useRealTimers())
  beforeEach(() => resetDevice([qingpu2024]))

  it('shows the full text, units, deadline and due date, target and checklist', async () => {
    const wrapper = await openTask('朱家角镇')
    const text = wrapper.text()
    expect(text).toContain(openDay.text)
    expect(text).toContain('区政府办公室')
    expect(text).toContain('各街镇')
    expect(text).toContain('全年')
    expect(text).toContain('2024-12-31')
    expect(text).toContain('不得少于3次')
    expect(wrapper.findAll('input[type=checkbox]')).toHaveLength(2)
    wrapper.unmount()
  })

  it('flags an item whose own deadline passed undone, and drops the flag once it is ticked', async () => {
    const [first, ...rest] = qingpu2024.tasks
    const early = { ...first, checklist: [{ ...first.checklist[0], due: '2024-06-30' }, ...first.checklist.slice(1)] }
    await resetDevice([{ ...qingpu2024, tasks: [early, ...rest] }])
    const wrapper = await openTask('区政府办公室')
    await vi.waitFor(() => expect(wrapper.find('.check-item__overdue').exists()).toBe(true))
    expect(wrapper.get('.check-item__overdue').text()).toBe('已逾期 2024-06-30')
    expect(wrapper.findAll('.check-item__overdue')).toHaveLength(1)
    // The task itself is due 31 December: its summary says an item is late.
    expect(wrapper.get('.summary__overdue').text()).toBe('2024-12-31 （还有 16 天；有落实事项已逾期）')
    await wrapper.get('input[type=checkbox]').trigger('change')
    await vi.waitFor(() => expect(wrapper.find('.check-item__overdue').exists()).toBe(false))
    expect(wrapper.find('.summary__overdue').exists()).toBe(false)
    expect(wrapper.text()).toContain('2024-06-30 到期')
    wrapper.unmount()
  })

  it('counts only the evidence of the unit whose progress it shows (issue 12 point 4)', async () => {
    const link = (unit: string) => ({ id: `ev-${unit}`, unit, planId: openDay.planId, taskId: openDay.id, subject: `${openDay.id}#1`, kind: 'link' as const, photo: null, url: 'https://example.gov.cn/a', caption: unit, createdAt: 1, createdBy: 'x' })
    await db.evidence.bulkPut([link('朱家角镇'), link('练塘镇'), link('金泽镇')])
    const wrapper = await openTask('朱家角镇')
    await vi.waitFor(() => expect(wrapper.text()).toContain('记录情况（1）'))
    expect(wrapper.text()).not.toContain('记录情况（3）')
    wrapper.unmount()
  })

  it('saves a tick with its outbox entry, and undo takes it back the same way', async () => {
    const wrapper = await openTask('朱家角镇')
    await wrapper.get('input[type=checkbox]').trigger('change')
    const id = `朱家角镇|${openDay.id}#1`
    await vi.waitFor(async () => expect((await db.progress.get(id))?.status).toBe('done'))
    expect((await db.outbox.toArray()).map(e => e.data.status)).toEqual(['done'])

    await vi.waitFor(() => expect(wrapper.find('.undo-bar').exists()).toBe(true))
    await wrapper.get('.undo-bar button').trigger('click')
    await vi.waitFor(async () => expect((await db.progress.get(id))?.status).toBe('todo'))
    expect((await db.outbox.toArray()).map(e => e.data.status)).toEqual(['done', 'todo'])
    wrapper.unmount()
  })

  it('re-renders only the ticked item, and shows each item\'s tick', async () => {
    const wrapper = await openTask('朱家角镇')
    const items = () => wrapper.findAllComponents(TaskChecklistItem)
    expect(items()).toHaveLength(2)
    const [firstBefore, secondBefore] = items().map(item => item.vm.$.subTree)
    await wrapper.get('.check-item input[type=checkbox]').trigger('change')
    await vi.waitFor(() => expect(wrapper.findAll<HTMLInputElement>('.check-item input[type=checkbox]').map(box => box.element.checked)).toEqual([true, false]), { timeout: 5000 })
    expect(items()[0]!.vm.$.subTree).not.toBe(firstBefore)
    expect(items()[1]!.vm.$.subTree).toBe(secondBefore)
    await wrapper.findAll('.check-item input[type=checkbox]')[1]!.trigger('change')
    await vi.waitFor(() => expect(wrapper.findAll<HTMLInputElement>('.check-item input[type=checkbox]').map(box => box.element.checked)).toEqual([true, true]), { timeout: 5000 })
    // The undo offer outlives the screen (its store): the next test starts without one.
    useUndoStore().forget()
    wrapper.unmount()
  })

  it('turns a full disk into a clear message and keeps nothing of the failed tick', async () => {
    const wrapper = await openTask('朱家角镇')
    // Under the app's writes, where the browser refuses the record: a tick may not go through Dexie.
    const put = IDBObjectStore.prototype.put
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'progress')
        throw new DOMException('quota', 'QuotaExceededError')
      return put.apply(this, args)
    })
    await wrapper.get('input[type=checkbox]').trigger('change')
    await vi.waitFor(() => expect(document.body.textContent).toContain('手机存储空间已满，本次内容未保存'), { timeout: 5000 })
    full.mockRestore()
    expect((wrapper.get('input[type=checkbox]').element as HTMLInputElement).checked).toBe(false)
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(wrapper.find('.undo-bar').exists()).toBe(false)
    wrapper.unmount()
  })

  it('counts a numeric target', async () => {
    const wrapper = await openTask('朱家角镇')
    await wrapper.get('button[aria-label="不得少于3次：加一"]').trigger('click')
    await vi.waitFor(async () => expect((await db.progress.get(`朱家角镇|${openDay.id}!1`))?.count).toBe(1))
    wrapper.unmount()
  })

  it('is read-only for a unit the task does not name, and asks for a unit when none is chosen', async () => {
    const other = await openTask('区数据局')
    expect(other.text()).toContain('只能查看')
    expect(other.get('input[type=checkbox]').attributes('disabled')).toBeDefined()
    other.unmount()
    const none = await openTask(null)
    expect(none.text()).toContain('请先选择您的单位')
    none.unmount()
    await flushPromises()
    expect(await db.outbox.count()).toBe(0)
  })
})
