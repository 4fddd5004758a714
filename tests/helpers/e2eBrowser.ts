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

/**
 * A day inside the newest bundled plans' year (2024). Tests that tick the bundled plans live on
 * it: in a later year those plans are archived and read-only, as they should be.
 */
export const bundledPlansDay = '2024-12-15'

export interface PhoneOptions {
  /** YYYY-MM-DD in Shanghai: the phone's clock starts there (09:00) and runs on; default: the real time. */
  today?: string
}

export async function newPhoneContext(browser: Browser, size: { width: number, height: number } = phone.large, options: PhoneOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'allow' })
  // Playwright's clock, not an override in the app: only Date moves, timers run as usual, and
  // nothing of it exists in the built app.
  if (options.today)
    await context.clock.setSystemTime(new Date(`${options.today}T09:00:00+08:00`))
  return context
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

/** A phone of one unit that opened the app once with signal, installed it and then lost the network. */
export async function openInstalledOffline(browser: Browser, url: string, unit: string): Promise<{ context: BrowserContext, page: Page }> {
  const context = await newPhoneContext(browser, phone.large)
  await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
  const page = await context.newPage()
  await page.goto(url)
  await waitForServiceWorker(page)
  await context.setOffline(true)
  await page.reload()
  return { context, page }
}

/** A camera-sized JPEG (3000×2000) drawn in the page, as a phone camera hands it over. */
export async function cameraPhoto(page: Page, caption = '政府开放日'): Promise<Buffer> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas')
    canvas.width = 3000
    canvas.height = 2000
    const g = canvas.getContext('2d')!
    g.fillStyle = '#2a6'
    g.fillRect(0, 0, 3000, 2000)
    g.fillStyle = '#fff'
    g.font = '220px sans-serif'
    g.fillText(text, 600, 1100)
    return canvas.toDataURL('image/jpeg', 0.9)
  }, caption)
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}
