// The phone of the offline cold-start scripts: a browser profile on disk that installed the app once
// with signal, then reopened in a fresh browser for each run (service worker and IndexedDB on disk,
// nothing warm in memory).
import { chromium } from 'playwright-core'
import { phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { chromiumArgs, chromiumPath } from '../helpers/environment'

export function openPhoneProfile(dir: string) {
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs, viewport: phone.large, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'allow' })
}

/** The install visit, with signal: service worker, app shell and bundled plans, then the browser closed. */
export async function installOnPhone(dir: string, serverUrl: string): Promise<void> {
  const context = await openPhoneProfile(dir)
  const page = context.pages()[0] ?? await context.newPage()
  await page.goto(`${serverUrl}/plans`)
  await waitForServiceWorker(page)
  await page.locator('.task-row').first().waitFor()
  await context.close()
}

/** The installed phone reopened for one cold start: network off, CPU slowed 4×, its page not yet navigated. */
export async function reopenOffline(dir: string) {
  const context = await openPhoneProfile(dir)
  await context.setOffline(true)
  const page = context.pages()[0] ?? await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page, cdp }
}
