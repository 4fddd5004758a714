// Every screen, at a small and a common phone size and in large-text mode: axe finds no
// WCAG 2.1 A/AA violation (names of controls, contrast, labels…) and nothing overflows sideways.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, phone } from '../helpers/e2eBrowser'
import { pageViolations } from '../helpers/axe'
import { type E2eServer, startE2eServer } from '../helpers/e2eServer'

const unit = '区政府办公室'

let server: E2eServer
let browser: Browser
let taskPath = ''

async function newContext(size: { width: number, height: number }, largeText: boolean): Promise<BrowserContext> {
  // axe is injected as an inline script, which the app's CSP rightly forbids.
  const context = await browser.newContext({ viewport: size, isMobile: true, hasTouch: true, bypassCSP: true, locale: 'zh-CN' })
  await context.addInitScript(([chosen, large]) => {
    localStorage.setItem('kaifangri.unit', JSON.stringify(chosen))
    localStorage.setItem('kaifangri.largeText', JSON.stringify(large))
  }, [unit, largeText] as const)
  return context
}

async function openPage(size: { width: number, height: number }, largeText: boolean): Promise<Page> {
  return (await newContext(size, largeText)).newPage()
}

/**
 * One phone per size and text setting, its screens opened one after another as a user would: the
 * first load stores the bundled plans on the phone, the later screens are reached inside the app.
 */
const phones = new Map<string, Promise<BrowserContext>>()
const openPages = new Map<string, Page>()
function phoneKey(size: { width: number, height: number }, largeText: boolean): string {
  return `${size.width}×${size.height}${largeText ? ' large' : ''}`
}
function phoneFor(size: { width: number, height: number }, largeText: boolean): Promise<BrowserContext> {
  const key = phoneKey(size, largeText)
  if (!phones.has(key))
    phones.set(key, newContext(size, largeText))
  return phones.get(key)!
}

/**
 * The phone's open page moved to a screen as the router moves on the back button (a popstate), or a
 * new page when none is open: a reload for each screen cost about a second of a busy CI machine.
 */
async function showScreen(size: { width: number, height: number }, largeText: boolean, path: string): Promise<Page> {
  const key = phoneKey(size, largeText)
  const open = openPages.get(key)
  if (open && !open.isClosed()) {
    await open.evaluate((to) => {
      history.pushState(null, '', to)
      dispatchEvent(new PopStateEvent('popstate', { state: null }))
    }, path)
    return open
  }
  const page = await (await phoneFor(size, largeText)).newPage()
  await page.goto(`${server.url}${path}`)
  openPages.set(key, page)
  return page
}

/** In the order a phone visits them; a screen that leaves a sheet open (`sheet`) comes last. */
const screens: Array<{ name: string, path: () => string, ready: string, open?: (page: Page) => Promise<void>, sheet?: true }> = [
  { name: '首页', path: () => '/', ready: '.year-progress' },
  { name: '计划', path: () => '/plans', ready: '.task-row' },
  {
    name: '任务详情',
    path: () => taskPath,
    ready: '.check-item',
    open: page => page.locator('.check-item__more').first().click(),
  },
  { name: '导入计划', path: () => '/import', ready: '.import-source' },
  { name: '我的', path: () => '/me', ready: '.me' },
  {
    // A bottom sheet's overlay and close button are controls too: Vant leaves both without a name.
    name: '我的 · 选择单位',
    path: () => '/me',
    ready: '.me',
    sheet: true,
    open: async (page) => {
      await page.getByText('我的单位').click()
      await page.locator('.unit-picker').waitFor()
    },
  },
]

describe('accessibility and layout', () => {
  beforeAll(async () => {
    server = await startE2eServer()
    browser = await launchChromium()
    const page = await openPage(phone.large, false)
    await page.goto(`${server.url}/plans`)
    await page.getByLabel('按单位筛选').selectOption(unit)
    taskPath = (await page.locator('.task-row').first().getAttribute('href'))!
    await page.context().close()
  })

  afterAll(async () => {
    await Promise.all([...phones.values()].map(async context => (await context).close()))
    await browser?.close()
    await server?.close()
  })

  it('would catch a control without an accessible name (the check itself works)', async () => {
    const page = await openPage(phone.large, false)
    await page.goto(server.url)
    await page.locator('.year-progress').waitFor()
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')))
    expect((await pageViolations(page)).join('\n')).toContain('button-name')
    await page.context().close()
  })

  for (const [sizeName, size] of Object.entries(phone)) {
    for (const largeText of [false, true]) {
      for (const screen of screens) {
        it(`${screen.name} at ${size.width}×${size.height}${largeText ? ', large text' : ''}`, async () => {
          const page = await showScreen(size, largeText, screen.path())
          await page.locator(screen.ready).first().waitFor()
          await screen.open?.(page)
          expect(await pageViolations(page), `${sizeName} ${screen.name}`).toEqual([])
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow, 'content wider than the screen').toBeLessThanOrEqual(0)
          // A sheet would stay over the next screen: the next one starts afresh.
          if (screen.sheet)
            await page.close()
        })
      }
    }
  }
})
