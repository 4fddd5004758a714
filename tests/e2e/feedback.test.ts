// Visitors' own phones: the staff phone shows the event's QR code (our encoder, read back here),
// a visitor's phone opens the questionnaire without sign-in and without any of the staff app's
// data, answers once, and is told clearly when offline, answered already, or closed. Then the
// feedback screens pass axe and fit at 390×844 and, in large text, at 360×640.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { artifactPath, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { eventRecord } from '../helpers/serverFeedback'
import { decodeQrPath } from '../helpers/app/qrDecode'
import { pageViolations } from '../helpers/axe'
import { countStored, fillStandardQuestionnaire, signIn } from './openDayPages'

const unit = '区生态环境局'
const staff: E2eAccount = { username: 'eco-staff', password: 'eco-password-1', unit, role: 'staff' }
const event = eventRecord(unit, { title: '监测站开放日', venue: '区环境监测站' })

let server: E2eSyncServer
let browser: Browser
let staffPhone: BrowserContext
let page: Page
let link = ''

async function push(entity: string, op: 'put' | 'patch', data: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'authorization': `Bearer ${await server.token(staff)}` },
    body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [{ seq: 1, entity, id: event.id, op, at: Date.now(), data }] }),
  })
  expect((await response.json() as { results: Array<{ status: string }> }).results[0].status).toBe('applied')
}

/** A visitor's phone: records every IndexedDB database the page opens, and whether a service worker registered. */
async function visitorPage(size = phone.large): Promise<{ context: BrowserContext, page: Page }> {
  const context = await newPhoneContext(browser, size)
  await context.addInitScript(() => {
    const opened: string[] = []
    ;(window as unknown as { opened: string[] }).opened = opened
    const open = indexedDB.open.bind(indexedDB)
    indexedDB.open = (name: string, version?: number) => {
      opened.push(name)
      return open(name, version)
    }
  })
  return { context, page: await context.newPage() }
}

/** The QR code on screen, painted from its drawing and read by an independent decoder (jsQR). */
async function qrText(screen: Page): Promise<string> {
  const { d, side } = await screen.locator('svg.qr').evaluate(svg => ({ d: svg.querySelector('path')!.getAttribute('d')!, side: Number(svg.getAttribute('viewBox')!.split(' ')[2]) }))
  return decodeQrPath(d, side) ?? ''
}

describe('the public questionnaire on visitors\' own phones', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff])
    browser = await launchChromium()
    staffPhone = await newPhoneContext(browser, phone.large)
    page = await staffPhone.newPage()
    await page.goto(server.url)
    await waitForServiceWorker(page)
    await push('event', 'put', event)
    await signIn(page, server.url, staff)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows the event\'s link as a QR code on the staff phone', async () => {
    await page.goto(`${server.url}/kiosk/${event.id}`)
    await page.getByRole('button', { name: '出示问卷二维码' }).click()
    const qr = page.getByRole('img', { name: /^问卷二维码，链接：/ })
    await qr.waitFor()
    await page.locator('.qr-popup').evaluate(popup => Promise.all(popup.getAnimations().map(animation => animation.finished)))
    link = await qrText(page)
    // The short form: fewer modules to read from a metre away, and an address a visitor can type.
    expect(link).toMatch(new RegExp(`^${server.url}/q/[0-9A-Z]{10}$`))
    expect(await qr.getAttribute('aria-label')).toBe(`问卷二维码，链接：${link}`)
    await page.screenshot({ path: artifactPath('questionnaire-qr-390.png') })
    await page.keyboard.press('Escape')
  })

  it('opens on a visitor\'s phone with none of the staff app, takes one response and thanks them', async () => {
    const visitor = await visitorPage()
    await visitor.page.goto(link)
    await visitor.page.getByText('监测站开放日 · 区环境监测站').waitFor()
    await visitor.page.getByRole('button', { name: '提交问卷' }).click()
    await visitor.page.getByText('还有 5 道题需要回答').waitFor()
    await fillStandardQuestionnaire(visitor.page, 1)
    await visitor.page.screenshot({ path: artifactPath('public-questionnaire-390.png') })
    await visitor.page.getByRole('button', { name: '提交问卷' }).click()
    await visitor.page.getByText('提交成功，感谢您的参与！').waitFor()
    expect(await visitor.page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual([])
    expect(await visitor.page.evaluate(() => navigator.serviceWorker.getRegistrations().then(r => r.length))).toBe(0)
    await visitor.page.reload()
    await visitor.page.getByText('您已经填写过这份问卷').waitFor()
    await visitor.context.close()
  })

  it('keeps the answers when the visitor\'s signal drops at submit, and sends them once it is back', async () => {
    const visitor = await visitorPage(phone.small)
    await visitor.page.goto(link)
    await fillStandardQuestionnaire(visitor.page, 2)
    await visitor.context.setOffline(true)
    await visitor.page.getByRole('button', { name: '提交问卷' }).click()
    await visitor.page.getByText(/网络不通，问卷没有提交/).waitFor()
    await visitor.context.setOffline(false)
    await visitor.page.getByRole('button', { name: '提交问卷' }).click()
    await visitor.page.getByText('提交成功，感谢您的参与！').waitFor()
    await visitor.context.close()
  })

  it('lands in the staff phone\'s results after a sync', async () => {
    await page.reload()
    await expect.poll(() => countStored(page), { timeout: 20_000 }).toMatchObject({ responses: 2 })
    await page.getByText('共收到 2 份问卷').waitFor()
    await page.screenshot({ path: artifactPath('questionnaire-results-390.png'), fullPage: true })
  })

  it('says the questionnaire is closed once the event is', async () => {
    await push('event', 'patch', { status: 'closed' })
    const visitor = await visitorPage()
    await visitor.page.goto(link)
    await visitor.page.getByText('问卷已停止收集').waitFor()
    await visitor.context.close()
  })

  it('records feedback for the screens below', async () => {
    await page.goto(`${server.url}/feedback/new?event=${event.id}`)
    // The text field takes the keyboard as soon as the form is up.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    for (const content of ['活动现场停车位太少，希望增加', '停车位太少，希望增加', '现场停车位太少，希望能增加']) {
      await page.keyboard.type(content)
      await page.getByRole('button', { name: '保存', exact: true }).click()
      await page.getByText(/已保存第 \d+ 条/).waitFor()
      await expect.poll(() => page.locator('.quick-form textarea').inputValue()).toBe('')
    }
    expect(await countStored(page)).toMatchObject({ feedback: 3 })
  })

  it('saves offline on a phone the service worker has not taken over yet, once the form has been open with signal', async () => {
    // The checks every write runs come on demand; a screen that records fetches them while it has signal.
    const fresh = await browser.newContext({ viewport: phone.large, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'block' })
    await fresh.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    const form = await fresh.newPage()
    await form.goto(`${server.url}/feedback/new`)
    await form.locator('.quick-form textarea').waitFor()
    await expect.poll(() => form.evaluate(() => performance.getEntriesByName('kf:record-checks-loaded').length), { timeout: 15_000 }).toBe(1)
    await fresh.setOffline(true)
    await form.locator('.quick-form textarea').fill('地下展厅没有信号，也要记下：希望增加指示牌')
    await form.getByRole('button', { name: '保存', exact: true }).click()
    await form.getByText(/已保存第 1 条/).waitFor()
    expect(await countStored(form)).toMatchObject({ feedback: 1 })
    await fresh.close()
  })

  const screens: Array<[string, () => string, string]> = [
    ['new', () => '/feedback/new', '.quick-form'],
    ['inbox', () => '/feedback', '.feedback-row'],
    ['issues', () => '/feedback/issues', '.group-card'],
    ['faq', () => '/faq', '.faq-page'],
    ['kiosk-setup', () => `/kiosk/${event.id}`, '.kiosk-setup'],
  ]
  for (const [width, large] of [[phone.large, false], [phone.small, true]] as const) {
    it(`feedback screens pass axe and fit at ${width.width}×${width.height}${large ? ' in large text' : ''}`, async () => {
      await page.setViewportSize(width)
      await page.evaluate(on => localStorage.setItem('kaifangri.largeText', JSON.stringify(on)), large)
      const suffix = `${width.width}${large ? '-large' : ''}`
      for (const [name, path, ready] of screens) {
        await page.goto(`${server.url}${path()}`)
        await page.locator(ready).first().waitFor()
        expect(await pageViolations(page), `${name} at ${suffix}`).toEqual([])
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} overflows`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: artifactPath(`feedback-${name}-${suffix}.png`) })
      }
      // Scrolled to the end, the last row of the inbox sits above the floating 记录意见 button, not under it.
      await page.goto(`${server.url}/feedback`)
      await page.locator('.feedback-row').first().waitFor()
      await page.setViewportSize({ width: width.width, height: 420 })
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      const clearance = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.feedback-row')]
        return document.querySelector('.add-button')!.getBoundingClientRect().top - rows[rows.length - 1].getBoundingClientRect().bottom
      })
      expect(clearance, `the last row under the add button at ${suffix}`).toBeGreaterThanOrEqual(8)
      await page.setViewportSize(width)
      await page.goto(`${server.url}/feedback`)
      await page.locator('.feedback-row').first().click()
      await page.locator('.item-summary').waitFor()
      expect(await pageViolations(page), `item at ${suffix}`).toEqual([])
      await page.screenshot({ path: artifactPath(`feedback-item-${suffix}.png`), fullPage: true })

      await page.goto(`${server.url}/kiosk/${event.id}`)
      await page.getByLabel('工作人员密码（4–8 位数字）').fill('2468')
      await page.getByLabel('再次输入密码').fill('2468')
      await page.getByRole('button', { name: '开始现场问卷' }).click()
      await page.locator('.questionnaire').waitFor()
      expect(await pageViolations(page), `kiosk at ${suffix}`).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: artifactPath(`feedback-kiosk-${suffix}.png`) })
      await page.getByRole('button', { name: '工作人员退出' }).click()
      await page.getByLabel('工作人员密码（4–8 位数字）').fill('2468')
      await page.getByRole('button', { name: '退出问卷模式' }).click()
      await page.waitForURL(url => url.pathname === `/events/${event.id}`)
    })
  }
})
