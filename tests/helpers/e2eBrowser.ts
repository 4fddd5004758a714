// Real headless Chromium for the end-to-end tests and the app benchmarks.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './environment'

export const artifactsDir = resolve(import.meta.dirname, '../.artifacts')

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...extraArgs] })
}

export const phone = {
  /** A common modern phone: iPhone 12–15 class. */
  large: { width: 390, height: 844 },
  /** A small Android phone, the narrowest the layout must hold. */
  small: { width: 360, height: 640 },
}

export function newPhoneContext(browser: Browser, size: { width: number, height: number } = phone.large): Promise<BrowserContext> {
  return browser.newContext({ viewport: size, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'allow' })
}

interface BrowserServiceWorkers {
  ready: Promise<unknown>
  controller: unknown
  addEventListener: (type: string, listener: (event: unknown) => void, options?: { once: boolean }) => void
}

/** Waits until a service worker controls the page, i.e. the app shell is cached and offline works. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // Runs in the page; typed loosely because the Node test config has no DOM library.
  await page.evaluate(async () => {
    const { serviceWorker } = (globalThis as unknown as { navigator: { serviceWorker: BrowserServiceWorkers } }).navigator
    await serviceWorker.ready
    if (!serviceWorker.controller)
      await new Promise(resolve => serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true })
  return resolve(artifactsDir, name)
}
