// The QR code in a basement (issue 11): the link is made upstairs with signal, kept on the
// phone, shown with no network at all, and printed as an A4 poster with the event's title, time
// and its short address, and the unit's public FAQ as a second, small code. The codes are read
// back with an independent decoder (jsQR) each time.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { artifactPath, launchChromium, newPhoneContext, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { eventRecord } from '../helpers/serverFeedback'
import { decodeQrPath } from '../helpers/app/qrDecode'
import { signIn } from './openDayPages'

const unit = '区生态环境局'
const staff: E2eAccount = { username: 'poster-staff', password: 'poster-password-1', unit, role: 'staff' }
// The bureau is an organization of its own: its FAQ is kept by its own coordinators.
const coordinator: E2eAccount = { username: 'poster-coordinator', password: 'poster-password-2', unit: '局办公室', role: 'coordinator' }
// Tomorrow 10:00–12:00 in Shanghai (02:00–04:00 UTC): on one date wherever the test machine is, as the form shows it.
const tomorrow = Math.floor(Date.now() / 86_400_000 + 1) * 86_400_000 + 2 * 3_600_000
const event = eventRecord(unit, { title: '地下监测站开放日', venue: '区环境监测站地下一层', status: 'planned', startsAt: tomorrow, endsAt: tomorrow + 2 * 3_600_000 })
const faq = { id: uuidv7(), unit, owner: unit, topic: '交通出行', question: '监测站能停车吗？', answer: '门口有访客车位。', status: 'published', publishedAt: Date.now(), sourceFeedbackIds: [], order: 0, createdAt: Date.now(), createdBy: 'coordinator' }

let server: E2eSyncServer
let browser: Browser
let context: BrowserContext
let page: Page
let link = ''

/** The short address this phone keeps for the event, read from its database. */
function keptLink(eventId: string): Promise<string | null> {
  return page.evaluate(key => new Promise<string | null>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction('meta').objectStore('meta').get(key)
      request.onsuccess = () => {
        open.result.close()
        resolve((request.result?.value as { shortUrl?: string } | undefined)?.shortUrl ?? null)
      }
    }
  }), `publicLink:${eventId}`)
}

async function qrOnScreen(nth = 0): Promise<string> {
  const { d, side } = await page.locator('svg.qr').nth(nth).evaluate(svg => ({ d: svg.querySelector('path')!.getAttribute('d')!, side: Number(svg.getAttribute('viewBox')!.split(' ')[2]) }))
  return decodeQrPath(d, side) ?? ''
}

describe('the questionnaire QR code, made upstairs and shown in the basement', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff, coordinator])
    browser = await launchChromium()
    const push = async (who: E2eAccount, entity: string, data: { id: string }) => {
      const pushed = await fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${await server.token(who)}` },
        body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [{ seq: 1, entity, id: data.id, op: 'put', at: Date.now(), data }] }),
      })
      expect((await pushed.json() as { results: Array<{ status: string }> }).results[0].status).toBe('applied')
    }
    await push(staff, 'event', event)
    await push(coordinator, 'faq', faq)
    context = await newPhoneContext(browser)
    page = await context.newPage()
    await page.goto(server.url)
    await waitForServiceWorker(page)
    await signIn(page, server.url, staff)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('makes a new event\'s link once the event is on the server, asking no earlier', async () => {
    const asked: number[] = []
    const listen = (response: { url: () => string, status: () => number }) => {
      if (response.url().endsWith('/public-link'))
        asked.push(response.status())
    }
    page.on('response', listen)
    await page.goto(`${server.url}/events/new`)
    await page.getByLabel('活动名称').fill('监测站开放日（新建）')
    await page.getByText('保存后生成问卷二维码').click()
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(/\/events\/[0-9a-f-]{36}\?view=overview/)
    const newId = new URL(page.url()).pathname.split('/')[2]
    await expect.poll(() => keptLink(newId), { timeout: 15_000 }).toMatch(/\/q\/[0-9A-Z]{10}$/)
    page.off('response', listen)
    // Asked before the event had reached the server, it was refused (404) and the screen said so.
    expect(asked).toEqual([201])
  })

  it('makes the link from the event form while online, before anyone goes downstairs', async () => {
    await page.goto(`${server.url}/events/${event.id}?view=overview`)
    await page.getByRole('link', { name: '编辑' }).click()
    await page.getByText('保存后生成问卷二维码').click()
    await page.getByText('保存并同步后立即生成').waitFor()
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(`**/events/${event.id}?view=overview`)
    // Made on its own, with no further tap: wait until the phone keeps it.
    await expect.poll(() => keptLink(event.id), { timeout: 15_000 }).toMatch(/\/q\/[0-9A-Z]{10}$/)
    // The panel comes after the event's first paint: its absence of a waiting note counts once it is there.
    await page.locator('.q-panel').waitFor()
    expect(await page.locator('.q-panel__wanted').count()).toBe(0)
    await context.setOffline(true)
    await page.getByRole('button', { name: '出示问卷二维码' }).click()
    await page.getByRole('img', { name: /^问卷二维码，链接：/ }).waitFor()
    link = await qrOnScreen()
    expect(link).toMatch(new RegExp(`^${server.url}/q/[0-9A-Z]{10}$`))
    await page.getByText('二维码已保存在本机').waitFor()
    expect(await page.getByText('生成二维码需要网络').count()).toBe(0)
  })

  it('shows the same code with no network after the app is reopened', async () => {
    await context.setOffline(true)
    await page.goto(`${server.url}/events/${event.id}?view=overview`)
    await page.getByRole('button', { name: '出示问卷二维码' }).click()
    await page.getByRole('img', { name: /^问卷二维码，链接：/ }).waitFor()
    expect(await qrOnScreen()).toBe(link)
    expect(await page.getByText('生成二维码需要网络').count()).toBe(0)
    await page.screenshot({ path: artifactPath('qr-offline-390.png') })
  })

  it('prints an A4 poster offline: one page with the title, time, venue, the code, its short address and the unit\'s FAQ', async () => {
    await page.goto(`${server.url}/events/${event.id}/poster`)
    await page.getByRole('button', { name: '打印海报' }).waitFor()
    expect(await qrOnScreen()).toBe(link)
    const faqAddress = `${server.url}/public/faq/${encodeURIComponent(unit)}`
    expect(await qrOnScreen(1)).toBe(faqAddress)
    await page.screenshot({ path: artifactPath('qr-poster-390.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: '打印海报' }).isVisible()).toBe(false)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const file = join(mkdtempSync(join(tmpdir(), 'kaifangri-poster-')), 'poster.pdf')
    writeFileSync(file, pdf)
    writeFileSync(artifactPath('qr-poster.pdf'), pdf)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
    // A4: 595 × 842 points.
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('地下监测站开放日')
    expect(text).toContain('区环境监测站地下一层')
    expect(text).toContain('扫码填写问卷')
    expect(text).toContain(link.replace(/^https?:\/\//, ''))
    expect(text).toContain('常见问题与解答')
    expect(text).toContain(`${server.url.replace(/^https?:\/\//, '')}/public/faq/${unit}`)
    expect(text).not.toContain('打印海报')
  })

  it('opens the questionnaire on a visitor\'s phone from the short address, typed in lower case', async () => {
    const visitor = await newPhoneContext(browser)
    try {
      const visitorPage = await visitor.newPage()
      await visitorPage.goto(link.replace(/\/q\/(\w+)$/, (_, code: string) => `/q/${code.toLowerCase()}`))
      await visitorPage.getByText('地下监测站开放日').first().waitFor()
      expect(await visitorPage.getByRole('button', { name: /提交/ }).count()).toBeGreaterThan(0)
    }
    finally {
      await visitor.close()
    }
  })
})
