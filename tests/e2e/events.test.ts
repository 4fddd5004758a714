// An open day recorded on a phone with no signal from start to end: the event is created,
// its checklist ticked, 20 visitors counted at the door, a session and a captioned photo
// recorded; after a reload, still offline, everything is there and waits in the outbox.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, cameraPhoto, launchChromium, openInstalledOffline, phone } from '../helpers/e2eBrowser'
import { type E2eServer, startE2eServer } from '../helpers/e2eServer'
import { pageViolations } from '../helpers/axe'
import { chooseEventTime } from '../helpers/e2eEventForm'
import { addDays, shanghaiToday } from '../../src/shared/calendar'

const unit = '区政府办公室'
let server: E2eServer
let browser: Browser
let page: Page
let eventPath = ''

/** Taps per attendee type at the door; one mistaken citizen tap is undone afterwards. */
const arrivals: Array<[string, number]> = [['市民代表', 9], ['企业代表', 4], ['专家学者', 3], ['媒体', 2], ['人大代表/政协委员', 2], ['其他', 1]]

async function outboxEntries(): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction('outbox').objectStore('outbox').getAll()
      request.onsuccess = () => {
        open.result.close()
        resolve(request.result.map(row => `${row.entity}:${row.op}`))
      }
    }
  }))
}

const count = (entries: string[], entry: string) => entries.filter(e => e === entry).length

describe('an open day recorded offline', () => {
  beforeAll(async () => {
    server = await startE2eServer()
    browser = await launchChromium()
    page = (await openInstalledOffline(browser, server.url, unit)).page
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('creates an event linked to a plan task, with the standard checklist', async () => {
    await page.getByRole('tab', { name: '活动' }).click()
    await page.getByRole('link', { name: '新建活动' }).click()
    await page.getByLabel('活动名称').fill('走进区政府办公室 政府开放日')
    // A one-day event: its end (11:30) follows the start to the day chosen.
    await chooseEventTime(page, '开始时间', '2025-06-03', '09:30')
    await page.getByLabel('活动地点').fill('区行政服务中心三楼')
    await page.getByLabel('邀请人数').fill('30')
    await page.getByLabel('搜索任务').fill('开放')
    await page.getByRole('button', { name: /^关联：/ }).first().click()
    await page.getByText('已关联 1 项任务').waitFor()
    await page.screenshot({ path: artifactPath('event-form-390.png'), fullPage: true })
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(/\/events\/[0-9a-f-]{36}/)
    eventPath = new URL(page.url()).pathname
    await expect.poll(() => page.locator('.checklist__item').count()).toBe(9)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  })

  it('ticks checklist items, saved through the outbox', async () => {
    for (const text of ['制定活动方案', '发布活动预告']) {
      const item = page.locator('.checklist__item', { hasText: text })
      await item.locator('input[type=checkbox]').click()
      await expect.poll(() => item.locator('input[type=checkbox]').isChecked()).toBe(true)
    }
    await page.getByText('已完成 2/9').waitFor()
  })

  it('counts 20 attendees across types at the door, undoing a mistaken tap', async () => {
    await page.getByRole('button', { name: '开始活动' }).click()
    await page.locator('.checkin').waitFor()
    for (const [type, taps] of arrivals) {
      for (let i = 0; i < taps; i++)
        await page.locator('.tile', { hasText: type }).locator('.tile__add').click()
    }
    // Each tap is its own write, painted when the live query answers: wait until all 21 show, or a
    // total of 20 could be the taps still arriving rather than the undo.
    await expect.poll(() => page.locator('.checkin__total strong').textContent()).toBe('21 人')
    await page.getByRole('button', { name: '撤销 −1：市民代表' }).click()
    await expect.poll(() => page.locator('.checkin__total strong').textContent()).toBe('20 人')
    await expect.poll(() => page.locator('.tile', { hasText: '市民代表' }).locator('.tile__count').textContent()).toBe('8')
    await page.screenshot({ path: artifactPath('event-checkin-390.png') })
  })

  it('adds a session to the timeline and a captioned photo', async () => {
    await page.getByText('现场记录', { exact: true }).click()
    await page.getByRole('button', { name: '添加环节' }).click()
    await page.getByLabel('环节类型').selectOption('symposium')
    await page.getByLabel('环节名称').fill('市民代表座谈')
    await page.getByLabel('内容摘要').fill('市民代表关注办事窗口排队时间')
    await page.getByRole('button', { name: '保存环节' }).click()
    await page.locator('.sessions__title', { hasText: '市民代表座谈' }).waitFor()

    await page.locator('.event-photos input[type=file][capture]').setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) })
    await page.getByRole('button', { name: '查看第 1 张照片' }).waitFor()
    await page.getByLabel('第 1 张照片的说明').fill('市民代表参观办事大厅')
    await page.getByRole('button', { name: '保存说明' }).click()
    await page.getByRole('button', { name: '保存说明' }).waitFor({ state: 'detached' })
    await page.screenshot({ path: artifactPath('event-record-390.png'), fullPage: true })
  })

  it('has everything after a reload without network, and the outbox holds it all', async () => {
    await page.reload()
    expect(new URL(page.url()).pathname).toBe(eventPath)
    await page.locator('.sessions__title', { hasText: '市民代表座谈' }).waitFor()
    expect(await page.getByLabel('第 1 张照片的说明').inputValue()).toBe('市民代表参观办事大厅')
    await page.locator('.photo-card__img').waitFor()
    await page.getByText('签到', { exact: true }).click()
    expect(await page.locator('.checkin__total strong').textContent()).toBe('20 人')
    await page.getByText('概况', { exact: true }).click()
    await page.getByText('已完成 2/9').waitFor()

    const entries = await outboxEntries()
    expect(count(entries, 'event:put')).toBe(1)
    expect(count(entries, 'event:patch')).toBe(1)
    expect(count(entries, 'eventChecklistItem:put')).toBe(9)
    expect(count(entries, 'eventChecklistItem:patch')).toBe(2)
    expect(count(entries, 'checkin:put')).toBe(22)
    expect(count(entries, 'eventSession:put')).toBe(1)
    expect(count(entries, 'eventPhoto:put')).toBe(1)
    expect(count(entries, 'eventPhoto:patch')).toBe(1)
  })

  it('lists the event with its attendance, and its report adds up', async () => {
    await page.getByRole('button', { name: '返回' }).click()
    // Once in a few CI runs this row was not seen within 30 s (not reproduced locally, at 1× or 6× CPU):
    // should it happen again, the failure says where the page was and what it showed.
    await page.locator('.event-item', { hasText: '走进区政府办公室' }).getByText('签到 20/30 人').waitFor().catch(async (error: Error) => {
      const shown = await page.locator('body').innerText().catch(() => '(unreadable)')
      throw new Error(`${error.message}\nat ${page.url()}, showing:\n${shown.slice(0, 600)}`)
    })
    await page.screenshot({ path: artifactPath('events-list-390.png') })
    await page.goto(`${server.url}${eventPath}/report`)
    await page.locator('.report-photo__img').waitFor()
    // The official report: attendance in words and by type, the door counter's 20 in the total column.
    expect(await page.locator('.report-doc').textContent()).toContain('本次活动实到 20 人（邀请 30 人）')
    expect(await page.locator('.report-doc__table tbody td').last().textContent()).toBe('20')
    await page.screenshot({ path: artifactPath('event-report-390.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    await page.screenshot({ path: artifactPath('event-report-print.png'), fullPage: true })
    await page.emulateMedia({ media: 'screen' })
  })

  it('shows the task the event counts toward', async () => {
    await page.goto(`${server.url}${eventPath}?view=overview`)
    await page.locator('.summary__tasks a').first().click()
    await page.locator('.task-events').getByText('走进区政府办公室 政府开放日').waitFor()
    expect(await page.locator('.task-events').textContent()).toContain('活动计入情况')
  })

  it('takes an open month on the wheels and shows it with both its days, on 首页 among today\'s open days', async () => {
    const today = shanghaiToday()
    const [first, last] = [addDays(today, -1), addDays(today, 29)]
    const dayText = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`
    await page.goto(`${server.url}/events/new`)
    await page.getByLabel('活动名称').fill('青浦区政府开放月')
    await chooseEventTime(page, '开始时间', first, '09:00')
    expect(await pageViolations(page), 'the form after choosing').toEqual([])
    await chooseEventTime(page, '结束时间', last, '17:00')
    await page.getByText('共 31 天').waitFor()
    expect(await page.getByRole('textbox', { name: '结束时间' }).inputValue()).toContain(`${dayText(last)}`)
    await page.screenshot({ path: artifactPath('event-form-month-390.png'), fullPage: true })
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/)
    const range = new RegExp(`${dayText(first)}周.? 09:00 – (\\d+年)?${dayText(last)}周.? 17:00`)
    await page.locator('.summary__facts').getByText(range).waitFor()
    await page.goto(`${server.url}/`)
    await page.locator('.desk-event', { hasText: '青浦区政府开放月' }).getByText(range).waitFor()
  })

  for (const [sizeName, size] of Object.entries(phone)) {
    it(`event screens pass axe and fit at ${size.width}×${size.height} in large text`, async () => {
      await page.setViewportSize(size)
      await page.evaluate(() => localStorage.setItem('kaifangri.largeText', 'true'))
      const screens = [
        ['list', '/events', '.event-item'],
        ['form', '/events/new', '.task-picker'],
        ['overview', `${eventPath}?view=overview`, '.checklist__item'],
        ['checkin', `${eventPath}?view=checkin`, '.tile'],
        ['record', `${eventPath}?view=record`, '.photo-card__img'],
        ['report', `${eventPath}/report`, '.report-photo__img'],
      ] as const
      for (const [name, path, ready] of screens) {
        await page.goto(`${server.url}${path}`)
        await page.locator(ready).first().waitFor()
        expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true)
        expect(await pageViolations(page), `${sizeName} ${name}`).toEqual([])
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} overflows`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: artifactPath(`event-${name}-large-${size.width}.png`) })
      }
    })
  }
})
