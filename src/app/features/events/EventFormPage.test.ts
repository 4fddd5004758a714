import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { useFormsStore } from '../../stores/forms'
import { useSettingsStore } from '../../stores/settings'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { storeEvent, unit } from '../../../../tests/helpers/app/eventFixtures'
import { standardQuestionnaire } from '../../../shared/questionnaire/standard'
import { uuidv7 } from '../../../shared/ids'
import { shanghaiDate } from '../../../shared/calendar'
import { shanghaiInstant } from '../../../shared/calendar/clock'
import type { EventRow } from '../../db/schema'

const [openDay] = fixtureTasks()
const pinia = createPinia()

async function openForm(path: string) {
  useSettingsStore().myUnit = unit
  const mounted = await mountApp(pinia, path)
  await vi.waitFor(() => expect(mounted.wrapper.find('.task-picker').exists()).toBe(true))
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof openForm>>['wrapper']
/** The input of the field with this label (Vant numbers its ids only outside tests). */
const field = (wrapper: Wrapper, label: string) =>
  wrapper.findAll('.van-field, .select-field').find(cell => cell.find('label').exists() && cell.get('label').text().replace('*', '').trim() === label)!.get('input, select')
const submit = (wrapper: Wrapper) => wrapper.get('form').trigger('submit')
const valueOf = (input: ReturnType<typeof field>) => (input.element as HTMLInputElement).value

/** Taps an option of a sheet's wheels, e.g. '2026年', '5月', '09时'. */
async function tapOption(sheet: ReturnType<Wrapper['get']>, text: string) {
  const option = sheet.findAll('.van-picker-column__item').find(item => item.text() === text)
  expect(option, text).toBeDefined()
  await option!.trigger('click')
}

/** Chooses a start or end as a finger does: the wheels of 年 月 日 时 分, then 确定. */
async function choose(wrapper: Wrapper, label: string, date: string, time: string) {
  await field(wrapper, label).trigger('click')
  // The sheet's wheels load with the first tap.
  const sheet = await vi.waitFor(() => wrapper.get(`.van-popup[aria-label="${label}"] .van-picker-column__item`) && wrapper.get(`.van-popup[aria-label="${label}"]`), { timeout: 5000 })
  const [year, month, day] = date.split('-')
  const [hour, minute] = time.split(':')
  for (const text of [`${year}年`, `${Number(month)}月`, `${Number(day)}日`, `${hour}时`, `${minute}分`])
    await tapOption(sheet, text)
  await sheet.get('.van-picker__confirm').trigger('click')
}

/** Opens a stored event's form, makes `edit`'s changes and saves: what the save queued to send. */
async function editAndSave(event: EventRow, edit: (wrapper: Wrapper) => Promise<unknown>) {
  await db.outbox.clear()
  const { wrapper, router } = await openForm(`/events/${event.id}/edit`)
  await vi.waitFor(() => expect(valueOf(field(wrapper, '活动名称'))).toBe(event.title))
  await edit(wrapper)
  await submit(wrapper)
  await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('event'))
  const entries = await db.outbox.toArray()
  wrapper.unmount()
  return entries
}

describe('the event form', () => {
  beforeAll(async () => {
    setActivePinia(pinia)
    // The form opens the event page when it saves: have its code loaded (transformed on first
    // import under test, which alone can take a second), so the wait below times the app only.
    await import('./pages/EventPage.vue')
  })
  beforeEach(() => resetDevice([qingpu2024]))

  it('names what is missing or wrong and saves nothing', async () => {
    const { wrapper } = await openForm('/events/new')
    await choose(wrapper, '开始时间', '2026-06-03', '14:00')
    await choose(wrapper, '结束时间', '2026-06-03', '13:00')
    await field(wrapper, '邀请人数').setValue('三十')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.text()).toContain('请填写活动名称'))
    expect(wrapper.text()).toContain('结束时间不能早于开始时间')
    expect(await db.events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('refuses what only the record\'s schema knows to be wrong (it loads with the first save) and saves nothing', async () => {
    const { wrapper } = await openForm('/events/new')
    await field(wrapper, '活动名称').setValue('青浦区政府开放日')
    // Digits, as the form asks, but more than a record may hold (1,000,000).
    await field(wrapper, '邀请人数').setValue('2000000')
    await submit(wrapper)
    const invited = () => wrapper.findAll('.van-field').find(cell => cell.find('label').exists() && cell.get('label').text().trim() === '邀请人数')!
    await vi.waitFor(() => expect(invited().find('.van-field__error-message').exists()).toBe(true), { timeout: 5000 })
    expect(await db.events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('creates the event with its template checklist and the task it was opened from, then opens it', async () => {
    const { wrapper, router } = await openForm(`/events/new?task=${encodeURIComponent(openDay.id)}`)
    expect(wrapper.get('.task-picker').text()).toContain(openDay.title)
    await field(wrapper, '活动名称').setValue('青浦区政府开放日')
    expect(useFormsStore().hasUnsaved).toBe(true)
    await field(wrapper, '活动类型').setValue('symposium')
    await submit(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('event'))
    const [event] = await db.events.toArray()
    expect(event).toMatchObject({ title: '青浦区政府开放日', type: 'symposium', unit, taskIds: [openDay.id], status: 'planned' })
    expect(await db.eventChecklist.where('eventId').equals(event.id).count()).toBe(9)
    expect(useFormsStore().hasUnsaved).toBe(false)
    wrapper.unmount()
  })

  it('links a task found by search and unlinks it again', async () => {
    const { wrapper } = await openForm('/events/new')
    await wrapper.get('.task-picker__search').setValue('开放日')
    await vi.waitFor(() => expect(wrapper.find('.task-picker__result').exists()).toBe(true))
    expect(wrapper.get('.task-picker__result').attributes('aria-label')).toBe(`关联：${openDay.title}`)
    // 规范依申请公开办理 names no unit: staff cannot link it (the server would refuse).
    await wrapper.get('.task-picker__search').setValue('依申请')
    await vi.waitFor(() => expect(wrapper.text()).toContain('没有找到可关联的任务'))
    await wrapper.get('.task-picker__search').setValue('开放日')
    await vi.waitFor(() => expect(wrapper.find('.task-picker__result').exists()).toBe(true))
    await wrapper.get('.task-picker__result').trigger('click')
    expect(wrapper.text()).toContain('已关联 1 项任务')
    await wrapper.get(`button[aria-label="取消关联：${openDay.title}"]`).trigger('click')
    expect(wrapper.text()).toContain('尚未关联任务')
    wrapper.unmount()
  })

  it('suggests, before a search, the host unit\'s tasks of the event\'s year that name its kind', async () => {
    const { wrapper } = await openForm('/events/new')
    // Today is after 2024: that year's tasks are not this event's.
    expect(wrapper.find('.task-picker__hint--suggested').exists()).toBe(false)
    await choose(wrapper, '开始时间', '2024-06-03', '09:30')
    await vi.waitFor(() => expect(wrapper.find('.task-picker__hint--suggested').exists()).toBe(true))
    const offered = () => wrapper.findAll('.task-picker__result').map(button => button.attributes('aria-label'))
    expect(offered()).toContain(`关联：${openDay.title}`)
    expect(offered().length).toBeLessThanOrEqual(5)
    await wrapper.get(`button[aria-label="关联：${openDay.title}"]`).trigger('click')
    expect(wrapper.text()).toContain('已关联 1 项任务')
    expect(offered()).not.toContain(`关联：${openDay.title}`)
    // A policy briefing (解读) is another kind: the open-day task is no suggestion for it.
    await wrapper.get(`button[aria-label="取消关联：${openDay.title}"]`).trigger('click')
    await field(wrapper, '活动类型').setValue('policy_briefing')
    await vi.waitFor(() => expect(offered()).not.toContain(`关联：${openDay.title}`))
    wrapper.unmount()
  })

  it('sends only what changed, start and end together', async () => {
    const event = await storeEvent()
    const [entry] = await editAndSave(event, async (wrapper) => {
      await field(wrapper, '活动地点').setValue('区图书馆报告厅')
      await choose(wrapper, '结束时间', shanghaiDate(event.startsAt), '23:55')
    })
    expect(entry).toMatchObject({ entity: 'event', op: 'patch', data: { venue: '区图书馆报告厅', startsAt: event.startsAt, endsAt: shanghaiInstant(shanghaiDate(event.startsAt), '23:55') } })
    expect(Object.keys(entry.data).sort()).toEqual(['endsAt', 'startsAt', 'venue'])
  })

  it('takes an open month from 5月1日 09:00 to 5月31日 17:00 in Shanghai\'s time, and moves the end with a later start', async () => {
    const { wrapper, router } = await openForm('/events/new')
    await field(wrapper, '活动名称').setValue('政府开放月')
    await choose(wrapper, '开始时间', '2026-05-01', '09:00')
    // A one-day event's end follows its start to the new day.
    expect(valueOf(field(wrapper, '结束时间'))).toBe('2026年5月1日周五 11:30')
    await choose(wrapper, '结束时间', '2026-05-31', '17:00')
    expect(wrapper.get('.when__days').text()).toBe('共 31 天')
    await submit(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('event'))
    const [event] = await db.events.toArray()
    expect(event).toMatchObject({ startsAt: Date.UTC(2026, 4, 1, 1), endsAt: Date.UTC(2026, 4, 31, 9) })
    await vi.waitFor(() => expect(wrapper.text()).toContain('2026年5月1日周五 09:00 – 5月31日周日 17:00'))
    wrapper.unmount()
  })

  it('moves the end on when a later start passes it, keeping the event\'s length', async () => {
    const { wrapper } = await openForm('/events/new')
    await choose(wrapper, '开始时间', '2026-06-03', '19:00')
    await choose(wrapper, '结束时间', '2026-06-03', '21:30')
    await choose(wrapper, '开始时间', '2026-06-03', '23:00')
    expect(valueOf(field(wrapper, '结束时间'))).toBe('2026年6月4日周四 01:30')
    wrapper.unmount()
  })

  it('edits an event over several days made elsewhere without touching its dates', async () => {
    const event = await storeEvent({ startsAt: shanghaiInstant('2026-05-01', '09:02')!, endsAt: shanghaiInstant('2026-05-31', '17:00')! })
    const entries = await editAndSave(event, async (wrapper) => {
      expect(valueOf(field(wrapper, '开始时间'))).toBe('2026年5月1日周五 09:02')
      // Its minute is offered on the wheel, between the steps of five.
      await field(wrapper, '开始时间').trigger('click')
      const sheet = await vi.waitFor(() => wrapper.get('.van-popup[aria-label="开始时间"] .van-picker-column__item') && wrapper.get('.van-popup[aria-label="开始时间"]'), { timeout: 5000 })
      expect(sheet.findAll('.van-picker-column__item').map(o => o.text())).toEqual(expect.arrayContaining(['00分', '02分', '05分']))
      expect(sheet.findAll('.van-picker-column__item').map(o => o.text())).not.toContain('03分')
      await sheet.get('.van-picker__confirm').trigger('click')
      expect(valueOf(field(wrapper, '结束时间'))).toBe('2026年5月31日周日 17:00')
      await field(wrapper, '活动地点').setValue('区图书馆报告厅')
    })
    expect(entries.map(entry => entry.data)).toEqual([{ venue: '区图书馆报告厅' }])
    expect(await db.events.get(event.id)).toMatchObject({ startsAt: event.startsAt, endsAt: event.endsAt })
  })

  it('names the questionnaire and, with no network, asks for the QR code to be made later: the event page says it waits, no error', async () => {
    const custom = { ...standardQuestionnaire, id: uuidv7(), title: '企业座谈会问卷', updatedAt: Date.now() }
    await db.questionnaires.put(custom)
    const event = await storeEvent()
    await db.outbox.clear()
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    try {
      const { wrapper, router } = await openForm(`/events/${event.id}/edit`)
      await vi.waitFor(() => expect((field(wrapper, '活动名称').element as HTMLInputElement).value).toBe(event.title))
      expect((field(wrapper, '现场问卷').element as HTMLSelectElement).value).toBe(standardQuestionnaire.id)
      await vi.waitFor(() => expect(wrapper.findAll('.select-field option').map(o => o.text())).toContain('企业座谈会问卷'))
      await field(wrapper, '现场问卷').setValue(custom.id)
      await wrapper.get('.make-link .van-checkbox').trigger('click')
      expect(wrapper.get('.make-link__hint').text()).toContain('现在没有网络')
      await submit(wrapper)
      await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('event'))
      expect(router.currentRoute.value.query.view).toBe('overview')
      expect((await db.events.get(event.id))?.questionnaireId).toBe(custom.id)
      expect((await db.meta.get(`publicLinkWanted:${event.id}`))?.value).toBe(true)
      await vi.waitFor(() => expect(wrapper.get('.q-panel__wanted').text()).toContain('联网后将自动生成二维码'), { timeout: 5000 })
      expect(wrapper.find('.q-panel [role=alert]').exists()).toBe(false)
      wrapper.unmount()
    }
    finally {
      onLine.mockRestore()
    }
  })

  it('keeps an event on the standard questionnaire naming none, and asks for no QR code unless ticked', async () => {
    const event = await storeEvent()
    const [entry] = await editAndSave(event, wrapper => field(wrapper, '活动地点').setValue('区图书馆报告厅'))
    expect(Object.keys(entry.data)).toEqual(['venue'])
    expect(await db.meta.get(`publicLinkWanted:${event.id}`)).toBeUndefined()
  })
})
