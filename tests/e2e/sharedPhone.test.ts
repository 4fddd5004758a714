// A phone passed from one member of staff to another: the first records offline, sends it,
// signs out in 我的; the second signs in on the same browser and finds none of the first one's
// records or photos, neither on the screens nor in IndexedDB.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, bundledPlansDay, cameraPhoto, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { signIn } from '../helpers/e2ePhones'
import { readPhoneDatabase } from './phoneDatabase'

const first: E2eAccount = { username: 'office-staff', password: 'office-password-1', unit: '区政府办公室', role: 'staff' }
const second: E2eAccount = { username: 'service-staff', password: 'service-password-1', unit: '区政务服务办', role: 'staff' }
const note = '区政府办公室：现场照片已拍，离线记录'

let server: E2eSyncServer
let browser: Browser
let context: BrowserContext
let page: Page

async function openFirstTaskOf(unit: string) {
  await page.getByRole('tab', { name: '计划' }).click()
  await page.getByLabel('按单位筛选').selectOption(unit)
  await page.locator('.tree-list .task-row').first().click()
  return page.locator('.check-item').first()
}

function countStored(store: string): Promise<number> {
  return page.evaluate(name => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction(name).objectStore(name).count()
      request.onsuccess = () => {
        open.result.close()
        resolve(request.result)
      }
    }
  }), store)
}

async function openMe() {
  const back = page.getByRole('button', { name: '返回' })
  if (await back.isVisible())
    await back.click()
  await page.getByRole('tab', { name: '我的' }).click()
  await page.getByRole('heading', { name: '我的' }).waitFor()
}

describe('a phone shared by two members of staff', () => {
  beforeAll(async () => {
    // In the bundled plans' year, with them open for ticking on the server (later, they are archived).
    server = await startE2eSyncServer([first, second], { reopenPastPlans: true })
    browser = await launchChromium()
    context = await newPhoneContext(browser, phone.large, { today: bundledPlansDay })
    page = await context.newPage()
    await page.goto(server.url)
    await waitForServiceWorker(page)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('lets the first person record offline with a photo, and offline asks before signing out', async () => {
    await signIn(page, server.url, first)
    await context.setOffline(true)
    const item = await openFirstTaskOf(first.unit)
    await item.locator('input[type=checkbox]').click()
    await expect.poll(() => item.locator('input[type=checkbox]').isChecked()).toBe(true)
    await item.getByRole('button', { name: /记录情况/ }).click()
    await item.getByLabel('备注').fill(note)
    await item.getByRole('button', { name: '保存备注' }).click()
    await item.locator('input[type=file][capture]').setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) })
    await item.getByRole('button', { name: '查看第 1 张照片' }).locator('img').waitFor()
    expect(await countStored('photos')).toBe(1)

    await openMe()
    await page.getByText(`${first.unit}${first.username}`).waitFor()
    await page.screenshot({ path: artifactPath('me-signed-in-390x844.png') })
    await page.getByRole('button', { name: '退出登录' }).click()
    await page.getByText(/现在没有网络，还有 \d+ 项修改发不出去/).waitFor()
    expect(await page.locator('body').textContent()).not.toContain('Failed to fetch')
    await page.getByText('不导出，放弃这些修改并退出').waitFor()
    await page.waitForTimeout(400)
    await page.screenshot({ path: artifactPath('sign-out-offline-390x844.png') })
    await page.getByText('取消').click()
    expect((await readPhoneDatabase(page)).session).not.toBeNull()
  })

  it('sends the work once online, then signs out and leaves nothing of it on the phone', async () => {
    await context.setOffline(false)
    await page.getByRole('button', { name: '退出登录' }).click()
    const dialog = page.locator('.van-dialog')
    await dialog.getByText('下次登录时从服务器取回').waitFor()
    // Styled: Vant's dialog is a fixed white card, not unstyled text at the bottom of the page.
    expect(await dialog.evaluate(el => getComputedStyle(el).position)).toBe('fixed')
    await page.screenshot({ path: artifactPath('sign-out-confirm-390x844.png') })
    await dialog.getByRole('button', { name: '退出登录' }).click()
    await page.waitForURL(url => url.pathname.startsWith('/login'))
    await page.getByLabel('用户名').waitFor()

    const stored = await readPhoneDatabase(page)
    expect(stored).toMatchObject({ progress: [], outbox: [], session: null })
    expect(await countStored('photos')).toBe(0)
    expect(await countStored('evidence')).toBe(0)
    const [onServer] = (await (await fetch(`${server.url}/api/sync/pull?cursor=0&limit=1000`, { headers: { authorization: `Bearer ${await server.token(first)}` } })).json() as { changes: Array<{ entity: string, data: { note?: string } }> }).changes
      .filter(change => change.entity === 'progress')
    expect(onServer.data.note).toBe(note)
  })

  it('shows the next person none of it, on the screens or in IndexedDB', async () => {
    await signIn(page, server.url, second)
    await expect.poll(async () => (await readPhoneDatabase(page)).session?.token ?? null).not.toBeNull()
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('已同步')
    const stored = await readPhoneDatabase(page)
    expect(stored.progress.filter(row => row.unit === first.unit)).toEqual([])
    expect(await countStored('photos')).toBe(0)
    expect(await countStored('evidence')).toBe(0)

    await openMe()
    await page.getByText(`${second.unit}${second.username}`).waitFor()
    expect(await page.locator('main').textContent()).not.toContain(first.username)
    const item = await openFirstTaskOf(first.unit)
    await item.waitFor()
    expect(await item.locator('input[type=checkbox]').isChecked()).toBe(false)
    expect(await page.locator('main').textContent()).not.toContain(note)
    expect(await page.getByRole('button', { name: '查看第 1 张照片' }).count()).toBe(0)
    await page.screenshot({ path: artifactPath('shared-phone-second-user-390x844.png') })
  })
})
