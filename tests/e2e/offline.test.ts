// The heart of the product, in a real browser against the built app and the real server:
// open once with signal, then work with no network, and nothing recorded is lost.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { artifactPath, bundledPlansDay, cameraPhoto, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eServer, startE2eServer } from '../helpers/e2eServer'

const unit = '区政府办公室'
let server: E2eServer
let browser: Browser
let context: BrowserContext
let page: Page

async function openFirstTaskOfMyUnit() {
  await page.getByRole('tab', { name: '计划' }).click()
  await page.getByLabel('按单位筛选').selectOption(unit)
  await page.locator('.tree-list .task-row').first().click()
  await page.locator('.summary').waitFor()
}

describe('offline use of the installed app', () => {
  beforeAll(async () => {
    server = await startE2eServer()
    browser = await launchChromium()
    context = await newPhoneContext(browser, phone.large, { today: bundledPlansDay })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('installs its service worker and stores the bundled plans on the first visit', async () => {
    await page.goto(server.url)
    await waitForServiceWorker(page)
    await page.locator('.year-progress').waitFor()
    const cached = await page.evaluate(async () => (await caches.keys()).length)
    expect(cached).toBeGreaterThan(0)
  })

  it('opens with the network off and shows the task list', async () => {
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('tab', { name: '计划' }).click()
    // Rows of the plan tree, not the 首页 lists the page came from.
    await page.locator('.tree-list .task-row').first().waitFor()
    expect(await page.locator('.tree-list .task-row').count()).toBeGreaterThan(3)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  })

  it('after a cold start lists every year\'s plans on 计划, and its search finds a task of a past year', async () => {
    // The bundled plans by year: 计划 opens on 2024's, read first, and the other years follow.
    const plansByYear: Record<number, number> = { 2024: 2, 2023: 1, 2021: 1, 2020: 1 }
    await page.reload()
    await page.locator('.tree-list .task-row').first().waitFor()
    const yearFilter = page.getByLabel('按年度筛选')
    for (const [year, count] of Object.entries(plansByYear)) {
      await yearFilter.selectOption(`${year}年`)
      await vi.waitFor(async () => {
        expect(await page.locator('.tree-list__year').allInnerTexts()).toEqual([`${year}年`])
        expect(await page.locator('.tree-list .group-row--plan').count()).toBe(count)
      }, { timeout: 5000 })
    }
    await yearFilter.selectOption('全部年度')
    await page.locator('#plan-search').fill('固体废物污染防治信息公告')
    await vi.waitFor(async () => {
      expect(await page.locator('.tree-list__year').allInnerTexts()).toEqual(['2020年'])
      expect(await page.locator('.tree-list .task-row').count()).toBe(1)
    }, { timeout: 5000 })
    await page.getByRole('button', { name: '清除筛选' }).click()
  })

  it('ticks a checklist item and attaches a camera photo, offline', async () => {
    await page.getByRole('tab', { name: '我的' }).click()
    await page.getByText('我的单位').click()
    await page.getByRole('button', { name: unit, exact: true }).click()
    await openFirstTaskOfMyUnit()

    const firstItem = page.locator('.check-item').first()
    // A click, not check(): the box turns ticked only once the tick is saved.
    await firstItem.locator('input[type=checkbox]').click()
    await expect.poll(() => firstItem.locator('input[type=checkbox]').isChecked()).toBe(true)
    await page.getByRole('button', { name: '撤销' }).waitFor()

    await firstItem.getByRole('button', { name: /记录情况/ }).click()
    await firstItem.locator('input[type=file][capture]').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page, '开放日 现场') })
    await firstItem.getByRole('button', { name: '查看第 1 张照片' }).waitFor()
  })

  it('still has the tick and the photo, resized on the device, after a reload without network', async () => {
    const taskUrl = page.url()
    await page.reload()
    await page.locator('.summary').waitFor()
    expect(page.url()).toBe(taskUrl)
    const firstItem = page.locator('.check-item').first()
    expect(await firstItem.locator('input[type=checkbox]').isChecked()).toBe(true)
    await firstItem.getByRole('button', { name: /记录情况（1）/ }).click()
    await firstItem.locator('.thumb__img').waitFor()

    const stored = await page.evaluate(() => new Promise<{ photos: Array<{ width: number, height: number, mime: string }>, outbox: string[] }>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction(['photos', 'outbox'], 'readonly')
        const photos = tx.objectStore('photos').getAll()
        const outbox = tx.objectStore('outbox').getAll()
        tx.oncomplete = () => resolve({
          photos: photos.result.map(({ width, height, mime }) => ({ width, height, mime })),
          outbox: outbox.result.map(row => `${row.entity}:${row.op}`),
        })
      }
    }))
    expect(stored.photos).toEqual([{ width: 1600, height: 1067, mime: 'image/jpeg' }])
    expect(stored.outbox).toEqual(['progress:patch', 'evidence:put'])
  })

  it('shows large text without breaking the layout (screenshot at 390×844)', async () => {
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByRole('tab', { name: '我的' }).click()
    await page.getByRole('switch', { name: '大字模式' }).click()
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true)
    await openFirstTaskOfMyUnit()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('large-text-task-390x844.png') })
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByRole('tab', { name: '首页' }).click()
    await page.locator('.year-progress').waitFor()
    await page.screenshot({ path: artifactPath('large-text-home-390x844.png') })
  })
})
