// A tick is written past Dexie, by each tab's writer worker (src/app/db/outboxWriter.worker.ts): the
// phone's other tab must still show it at once, and it must still reach the server through the outbox.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/e2eBrowser'
import { installedPhone } from '../helpers/e2ePhones'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { pullRecords } from './openDayPages'
import { readPhoneDatabase } from './phoneDatabase'

const unit = '区政府办公室'
const staff: E2eAccount = { username: 'tab-staff', password: 'tab-password-1', unit, role: 'staff' }

let server: E2eSyncServer
let browser: Browser
let context: BrowserContext
const tabs: Page[] = []

const firstBox = (page: Page) => page.locator('.check-item input[type=checkbox]').first()

let token: string | undefined

/** Signed in once: the server limits how often one account signs in. */
async function serverStatus(id: string): Promise<unknown> {
  token ??= await server.token(staff)
  return (await pullRecords(server.url, token, 'progress')).get(id)?.status
}

describe('a tick on one tab of a phone', () => {
  beforeAll(async () => {
    // The bundled plans are of a past year: the server reopens them for ticking.
    server = await startE2eSyncServer([staff], { reopenPastPlans: true })
    browser = await launchChromium()
    ;({ context } = await installedPhone(browser, server.url, staff))
    const page = context.pages()[0]!
    await page.goto(`${server.url}/plans`)
    await page.getByLabel('按单位筛选').selectOption(unit)
    await page.locator('.task-row').first().click()
    const enabled = (tab: Page) => tab.waitForFunction(() => document.querySelector<HTMLInputElement>('.check-item input[type=checkbox]')?.disabled === false, undefined, { timeout: 60_000 })
    // Enabled once the pull has brought the plans' reopening; the second tab opens on what it stored.
    await enabled(page)
    const second = await context.newPage()
    await second.goto(page.url())
    await enabled(second)
    tabs.push(page, second)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows in the other tab at once and reaches the server', async () => {
    const [first, second] = tabs as [Page, Page]
    for (const tab of tabs)
      await expect.poll(() => tab.workers().map(worker => worker.url()).join()).toMatch(/outboxWriter/)
    expect(await firstBox(second).isChecked()).toBe(false)
    await firstBox(first).click()
    await expect.poll(() => firstBox(second).isChecked(), { timeout: 10_000 }).toBe(true)

    const progressId = (await readPhoneDatabase(first)).progress.find(row => row.status === 'done')?.id
    expect(progressId).toBeDefined()
    await expect.poll(() => serverStatus(progressId!), { timeout: 30_000 }).toBe('done')

    // And back from the other tab.
    await firstBox(second).click()
    await expect.poll(() => firstBox(first).isChecked(), { timeout: 10_000 }).toBe(false)
    await expect.poll(() => serverStatus(progressId!), { timeout: 30_000 }).toBe('todo')
  }, 120_000)

  it('numbers ticks made in both tabs at once one after the other, each change once', async () => {
    const [first, second] = tabs as [Page, Page]
    await context.setOffline(true)
    const waiting = async () => (await readPhoneDatabase(first)).outbox.length
    const before = await waiting()
    const secondBox = (page: Page) => page.locator('.check-item input[type=checkbox]').nth(1)
    await Promise.all([firstBox(first).click(), secondBox(second).click()])
    await expect.poll(waiting, { timeout: 10_000 }).toBe(before + 2)
    const entries = (await readPhoneDatabase(first)).outbox as unknown as Array<{ seq: number, localId: number, clientId: string }>
    const newest = entries.sort((a, b) => a.localId - b.localId).slice(-2)
    expect(newest[0]!.clientId).toBe(newest[1]!.clientId)
    expect(newest[1]!.seq).toBe(newest[0]!.seq + 1)
    await expect.poll(() => firstBox(second).isChecked(), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => secondBox(first).isChecked(), { timeout: 10_000 }).toBe(true)
    await context.setOffline(false)
  }, 60_000)
})
