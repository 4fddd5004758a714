// 单位名录 in real Chromium against the built app and a server holding the bundled directory: the
// district's coordinator reaches it from 我的 by taps and adds a unit; a city bureau section's phone
// holds the city's units and plans only, nothing of the district.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, launchChromium } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { installedPhone } from '../helpers/e2ePhones'
import { pageViolations } from '../helpers/axe'

const coordinator: E2eAccount = { username: 'desk', password: 'desk-password-1', unit: '区政府办公室', role: 'coordinator' }
const air: E2eAccount = { username: 'air', password: 'air-password-1', unit: '大气处', role: 'staff' }
const eco: E2eAccount = { username: 'eco', password: 'eco-password-1', unit: '区生态环境局', role: 'staff' }

let server: E2eSyncServer
let browser: Browser
const contexts: BrowserContext[] = []

async function signedInPhone(account: E2eAccount): Promise<Page> {
  const { context, page } = await installedPhone(browser, server.url, account)
  contexts.push(context)
  return page
}

/** What the phone stored: directory node ids and the owners of the plans the server sent, read with IndexedDB itself. */
function stored(page: Page): Promise<{ units: string[], owners: string[] }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction(['directory', 'plans'], 'readonly')
      const units = tx.objectStore('directory').getAllKeys()
      const plans = tx.objectStore('plans').getAll()
      tx.oncomplete = () => {
        open.result.close()
        // Bundled plans carry their owners too (built from seeds/directory.json) but were stored with
        // importedAt 0; a copy the server sent carries the server's import time.
        resolve({ units: units.result as string[], owners: (plans.result as Array<{ owner?: string, importedAt: number }>).flatMap(p => p.owner && p.importedAt > 0 ? [p.owner] : []) })
      }
    }
  }))
}

describe('the unit directory on phones', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([coordinator, air, eco])
    browser = await launchChromium()
  })
  afterAll(async () => {
    for (const context of contexts)
      await context.close()
    await browser?.close()
    await server?.close()
  })

  it('lets the coordinator open 单位名录 from 我的 and add a unit to the district', async () => {
    const desk = await signedInPhone(coordinator)
    await desk.getByRole('tab', { name: '我的' }).click()
    await desk.getByText('单位名录', { exact: true }).click()
    await desk.locator('.directory-tree__row').filter({ hasText: '区数据局' }).first().waitFor()
    expect(await desk.locator('.directory-tree__name').allTextContents()).not.toContain('大气处')
    await desk.getByRole('button', { name: '添加单位' }).click()
    await desk.getByLabel('名称').fill('区审计局')
    await desk.getByRole('button', { name: '保存' }).click()
    await desk.getByText('已添加 区审计局').waitFor()
    await desk.locator('.directory-tree__name', { hasText: '区审计局' }).waitFor()
    expect(await desk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('directory-390x844.png') })
  })

  it('gives a city section\'s phone the city bureau\'s units and plans only', async () => {
    const phone = await signedInPhone(air)
    await expect.poll(async () => (await stored(phone)).units.length, { timeout: 30_000 }).toBeGreaterThan(0)
    const { units } = await stored(phone)
    expect(units).toContain('大气处')
    expect(units).not.toContain('区数据局')
    // Plans the server sent (pulled copies, told from the bundled ones by their import time).
    await expect.poll(async () => (await stored(phone)).owners.length, { timeout: 30_000 }).toBeGreaterThan(0)
    expect(new Set((await stored(phone)).owners)).toEqual(new Set(['上海市生态环境局']))
    // 计划 lists the city bureau's plans only, though the build bundles the district's too: it
    // opens on the latest year with a plan that reaches the phone (2023, not the district's 2024).
    await phone.goto(`${server.url}/plans`)
    await phone.locator('.group-row__subtitle').first().waitFor()
    const issuers = await phone.locator('.group-row__subtitle').allTextContents()
    expect(issuers.length).toBeGreaterThan(0)
    expect(issuers.filter(text => !text.includes('上海市生态环境局'))).toEqual([])
    await phone.screenshot({ path: artifactPath('directory-city-plans-390x844.png') })
  })

  it('opens 计划 on a district bureau\'s own tasks with the bureau named in the unit filter, among its sections', async () => {
    // The bureau has sections, so it is an organization of its own inside the district: the
    // filter once left it out, and its staff saw a blank filter over their own tasks.
    const phone = await signedInPhone(eco)
    await expect.poll(async () => (await stored(phone)).units.length, { timeout: 30_000 }).toBeGreaterThan(0)
    await phone.goto(`${server.url}/plans`)
    const filter = phone.getByLabel('按单位筛选')
    await expect.poll(() => filter.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(2)
    expect(await filter.evaluate(select => (select as HTMLSelectElement).selectedOptions[0]?.text)).toBe('区生态环境局')
    expect(await filter.locator('option').allTextContents()).toContain('局办公室')
    expect(await filter.locator('option').allTextContents()).not.toContain('区数据局')
  })
})
