// Typing is never lost to the back button or a closed tab, and forms speak the app's language:
// a note survives two back presses and a reload, and a link typed as its placeholder shows it
// (www.… without https://) is taken, not refused with the browser's English bubble.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, bundledPlansDay, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'

const unit = '区政府办公室'
const note = '宣传栏已更新，照片待补'

let server: E2eSyncServer
let browser: Browser
let context: BrowserContext
let page: Page

async function openFirstItem() {
  await page.getByRole('tab', { name: '计划' }).click()
  await page.getByLabel('按单位筛选').selectOption(unit)
  await page.locator('.tree-list .task-row').first().click()
  const item = page.locator('.check-item').first()
  await item.getByRole('button', { name: /记录情况/ }).click()
  return item
}

const question = () => page.locator('.van-dialog').filter({ hasText: '有未保存的内容' })

describe('forms on a phone', () => {
  beforeAll(async () => {
    // In the bundled plans' year (later, they are archived and take no notes).
    server = await startE2eSyncServer([], { reopenPastPlans: true })
    browser = await launchChromium()
    context = await newPhoneContext(browser, phone.large, { today: bundledPlansDay })
    await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    page = await context.newPage()
    await page.goto(server.url)
    await waitForServiceWorker(page)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('keeps an unsaved note through two back presses, and leaves only on 放弃并离开', async () => {
    const item = await openFirstItem()
    const taskUrl = page.url()
    await item.getByLabel('备注').fill(note)
    await page.goBack()
    await question().waitFor()
    await page.goBack()
    await page.waitForTimeout(500)
    expect(await question().isVisible()).toBe(true)
    expect(page.url()).toBe(taskUrl)
    await page.screenshot({ path: artifactPath('unsaved-note-question-390x844.png') })
    await question().getByRole('button', { name: '继续填写' }).click()
    expect(await item.getByLabel('备注').inputValue()).toBe(note)

    // Closed and opened again: the draft is back, unsaved.
    await page.reload()
    const reopened = page.locator('.check-item').first()
    await reopened.getByRole('button', { name: /记录情况/ }).click()
    expect(await reopened.getByLabel('备注').inputValue()).toBe(note)

    await page.goBack()
    await question().getByRole('button', { name: '放弃并离开' }).click()
    await page.waitForURL(url => url.href !== taskUrl)
  })

  it('takes a link typed without https://, with no browser bubble', async () => {
    const item = await openFirstItem()
    await item.getByLabel('网址').fill('www.shqp.gov.cn/zwgk/1.html')
    await item.getByRole('button', { name: '添加链接' }).click()
    await item.getByRole('link', { name: 'https://www.shqp.gov.cn/zwgk/1.html' }).waitFor()
    expect(await item.getByLabel('网址').inputValue()).toBe('')
    await page.screenshot({ path: artifactPath('link-without-scheme-390x844.png') })
  })
})
