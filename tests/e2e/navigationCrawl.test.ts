/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The navigation audit (issue 11): from 首页, a crawler taps every link, cell and button that may
// navigate, breadth-first, and collects the names of the routes it reaches. For each role it
// fails when a route that role may use cannot be reached by taps, or when the role reaches a
// route it may not use. Route names come from src/app/router.ts itself, so a new route that no
// table below mentions fails the test until someone decides who may use it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { eventRecord, feedbackItem } from '../helpers/serverFeedback'
import { signIn } from './openDayPages'
import { routeNamesOf, routeResolver } from './routeNames'

const unit = '区生态环境局'
const staff: E2eAccount = { username: 'crawl-staff', password: 'crawl-password-1', unit, role: 'staff' }
const coordinator: E2eAccount = { username: 'crawl-desk', password: 'crawl-password-2', unit: '区政府办公室', role: 'coordinator' }

const routerSource = readFileSync(resolve(import.meta.dirname, '../../src/app/router.ts'), 'utf8')
const kioskSource = readFileSync(resolve(import.meta.dirname, '../../src/app/features/kiosk/kioskGuard.ts'), 'utf8')
const allRoutes = routeNamesOf(routerSource, kioskSource)
const nameOf = routeResolver(allRoutes)

// Every role's screens. Anything in router.ts not listed for a role is a route it may not reach.
const everyone = ['home', 'plans', 'task', 'events', 'event-new', 'event', 'event-edit', 'event-report', 'feedback', 'feedback-new',
  'feedback-issues', 'feedback-item', 'questionnaires', 'questionnaire-edit', 'faq', 'kiosk', 'event-poster', 'me', 'import', 'sync']
const coordinatorOnly = ['events-year-report', 'event-templates', 'feedback-settings', 'accounts', 'directory', 'overview', 'overview-unit']
const allowed: Record<'staff' | 'coordinator' | 'signed-out', string[]> = {
  'signed-out': [...everyone, 'login'],
  'staff': [...everyone, 'password'],
  'coordinator': [...everyone, 'password', ...coordinatorOnly],
}

/** Taps that change data or the session, or make a file, rather than the screen: the crawler leaves them alone. */
const riskyTap = /打印|下载|删除|退出|结束|开始|公开|转办|撤销|撤回|重置|停用|启用|保存|提交|清除|导出|拍照|上传|复制|同步|更新|完成|下一位|确定|确认|取消|返回|关闭|撤|添加|新增|新建|放弃|继续填写|登录|\+1|−1|-1/

// 25–45 s a role on a quiet machine (the coordinator's the longest), more on a busy one or while another
// end-to-end file runs beside it; the cap only keeps a runaway crawl bounded (a crawl cut short misses
// routes and fails). A CI run on a slow machine once missed the kiosk, one tap from an event, when
// its screen took more than the second a tap was then given: the waits below are for that.
const crawlBudgetMs = 150_000
/** How long a tap's next screen may take to load. */
const tapOutcomeMs = 10_000
/** How long a screen's spinners may take to go; a busy CI machine has been seen to need more than 3 s. */
const spinnerMs = 8000
const tapSelector = '.van-cell--clickable, button, .van-button'
/** An editor full of buttons (templates, a questionnaire) need not be tapped through: its way out is a link. */
const tapsPerScreen = 6

let server: E2eSyncServer
let browser: Browser

interface Crawl { reached: Map<string, string>, ms: number }

let leaves = 0

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded')
  // Lazy screens and live queries paint within a few frames; their spinners (not the sync bar's) go first.
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('.van-loading')).some(spinner => !spinner.closest('.sync-status')), undefined, { timeout: spinnerMs }).catch(() => {})
  // Parts that come after the first paint (a screen's secondary panels, loaded with their code) are
  // tappable too: the screen is settled once nothing on it has changed for a moment (at most 2 s).
  await page.evaluate(() => new Promise<void>((resolve) => {
    let quiet = setTimeout(done, 150)
    const observer = new MutationObserver(() => {
      clearTimeout(quiet)
      quiet = setTimeout(done, 150)
    })
    const cap = setTimeout(done, 2000)
    function done() {
      observer.disconnect()
      clearTimeout(cap)
      resolve()
    }
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  }))
}

/**
 * Opens an address inside the running app, as the router does for the browser's back button
 * (a popstate it has no state for): far quicker than a reload, and the same guards run.
 */
async function visit(page: Page, origin: string, path: string): Promise<void> {
  if (!page.url().startsWith(origin)) {
    await page.goto(origin + path)
  }
  else {
    // The address changes at once, the screen only once its code has loaded: the old screen is
    // marked, and a new route is read only when that mark is gone (the same route keeps its screen).
    // Each leave has its own mark: a kept-alive tab comes back with the mark it was left with.
    const sameScreen = nameOf(pathOf(page)) === nameOf(path)
    const leaving = `[data-crawl-left="${++leaves}"]`
    await page.evaluate(({ to, mark }) => {
      if (mark)
        document.querySelector('#app > div')?.firstElementChild?.setAttribute('data-crawl-left', mark)
      history.pushState(null, '', to)
      dispatchEvent(new PopStateEvent('popstate', { state: null }))
    }, { to: path, mark: sameScreen ? '' : String(leaves) })
    // A form a tap left half-filled asks before it is left: the crawl leaves it.
    const discard = page.getByRole('button', { name: '放弃并离开' })
    let discarded = false
    for (let waited = 0; !sameScreen && waited < 8000 && await page.locator(leaving).count(); waited += 100) {
      if (await discard.isVisible()) {
        await discard.click({ timeout: 2000 }).catch(() => {})
        discarded = true
      }
      await page.waitForTimeout(100)
    }
    // Leaving the form may end somewhere else than asked (the router puts the address back first): ask again.
    if (discarded && pathOf(page) !== path)
      return visit(page, origin, path)
  }
  await settle(page)
}

function pathOf(page: Page): string {
  const url = new URL(page.url())
  return url.pathname + url.search
}

/** Same-origin links on the screen, as paths. */
function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('a[href]'))
    .map(a => new URL((a as HTMLAnchorElement).href, location.href))
    .filter(url => url.origin === location.origin)
    .map(url => url.pathname + url.search))
}

/** Visible tappable elements that are not links (Vant cells and buttons with `to`, rows with a click), by index. */
async function tapTargetsOn(page: Page, tried: Set<string>): Promise<number[]> {
  const texts = await page.locator(tapSelector).evaluateAll(elements => elements.map((element) => {
    const box = element.getBoundingClientRect()
    // Controls inside a form edit it (add a session, pick a template); leaving a form is a link or its save.
    const visible = box.width > 0 && box.height > 0 && !element.closest('a, form') && (element as HTMLButtonElement).type !== 'submit'
    // A cell is named by its title: its hint may mention what the next screen does (重置密码、停用).
    const named = element.querySelector('.van-cell__title > span') ?? element
    return visible ? (named.textContent ?? '').trim() || element.getAttribute('aria-label') || '' : null
  }))
  const picked: number[] = []
  // A label already tapped on another screen (a filter chip, 更多) is not tapped again: the crawl stays bounded.
  return texts.flatMap((text, index) => {
    if (process.env.CRAWL_DEBUG)
      console.log(`  target ${index} ${text}`)
    if (text === null || riskyTap.test(text) || tried.has(text) || picked.length >= tapsPerScreen)
      return []
    tried.add(text)
    picked.push(index)
    return [index]
  })
}

/**
 * Breadth-first over route names, from 首页: each route is expanded once, at the first address
 * found for it. Links are read first (cheap); taps on cells and buttons, which must wait to see
 * whether the screen changes, come after every link-reachable screen has been opened.
 */
async function crawl(page: Page, origin: string): Promise<Crawl> {
  const started = Date.now()
  const reached = new Map<string, string>()
  const queue = ['/']
  const toTap: string[] = []
  const tried = new Set<string>()
  const found = (path: string) => {
    const name = nameOf(path)
    if (name && !reached.has(name) && !queue.some(queued => nameOf(queued) === name))
      queue.push(path)
  }
  while ((queue.length || toTap.length) && Date.now() - started < crawlBudgetMs) {
    if (queue.length) {
      await visit(page, origin, queue.shift()!)
      const here = nameOf(pathOf(page))
      if (!here || reached.has(here))
        continue
      reached.set(here, pathOf(page))
      toTap.push(here)
      if (process.env.CRAWL_DEBUG)
        console.log(`open ${here} ${pathOf(page)}`)
      for (const link of await linksOn(page))
        found(link)
      continue
    }
    const here = toTap.shift()!
    await visit(page, origin, reached.get(here)!)
    const targets = await tapTargetsOn(page, tried)
    if (process.env.CRAWL_DEBUG)
      console.log(`${Date.now() - started} ms ${here} ${pathOf(page)}: ${targets.length} taps`)
    for (const index of targets) {
      const before = pathOf(page)
      const tapped = await page.locator(tapSelector).nth(index).click({ timeout: 1000, noWaitAfter: true }).then(() => true, () => false)
      if (!tapped)
        continue
      // The router changes the address only once the next screen's code is loaded, which on a busy
      // machine can take seconds; meanwhile the app marks itself busy. Wait for the new address or a
      // sheet the tap opened, and past a second for the app to be no longer busy (a tap that did nothing).
      const tappedAt = Date.now()
      await page.waitForFunction(
        ({ was, since }) => location.pathname + location.search !== was
          || Array.from(document.querySelectorAll('.van-overlay')).some(overlay => overlay.checkVisibility())
          || (Date.now() - since > 1000 && !document.querySelector('#app > [aria-busy="true"]')),
        { was: before, since: tappedAt },
        { timeout: tapOutcomeMs },
      ).catch(() => {})
      const after = pathOf(page)
      if (process.env.CRAWL_DEBUG)
        console.log(`  tap ${index} ${before} -> ${after}`)
      if (after !== before)
        found(after)
      // A new screen or a changed filter: start the next tap from the same screen again; an opened
      // sheet stays over a screen the router keeps, so only a reload closes it.
      if (await page.locator('.van-overlay:visible').count()) {
        await page.goto(origin + reached.get(here)!)
        await settle(page)
      }
      else if (after !== before) {
        await visit(page, origin, reached.get(here)!)
      }
    }
  }
  return { reached, ms: Date.now() - started }
}

function audit(role: keyof typeof allowed, { reached }: Crawl) {
  const may = new Set(allowed[role])
  const unknown = [...may].filter(name => !allRoutes.some(route => route.name === name))
  const missed = [...may].filter(name => !reached.has(name))
  const trespassed = [...reached.keys()].filter(name => !may.has(name))
  return { unknown, missed, trespassed }
}

describe('every screen is reachable by taps from 首页, for the roles that may use it', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff, coordinator])
    browser = await launchChromium()
    // One event of the staff member's unit today, still taking answers, and one feedback item, so detail screens exist.
    const token = await server.token(staff)
    const event = eventRecord(unit, { title: '导航巡检开放日', status: 'planned' })
    const item = feedbackItem(unit, { eventId: event.id })
    const pushed = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [
        { seq: 1, entity: 'event', id: event.id, op: 'put', at: Date.now(), data: event },
        { seq: 2, entity: 'feedback', id: item.id, op: 'put', at: Date.now(), data: item },
      ] }),
    })
    const results = (await pushed.json() as { results: Array<{ status: string }> }).results
    expect(results, JSON.stringify(results)).toMatchObject([{ status: 'applied' }, { status: 'applied' }])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('reads every route of the router, with a role table naming each', () => {
    const named = new Set([...everyone, 'login', 'password', ...coordinatorOnly])
    expect(allRoutes.length).toBeGreaterThan(20)
    expect(allRoutes.map(route => route.name).filter(name => !named.has(name))).toEqual([])
  })

  for (const role of ['staff', 'coordinator'] as const) {
    it(`${role}: reaches every screen it may use and none other`, async () => {
      const context = await newPhoneContext(browser)
      const page = await context.newPage()
      await signIn(page, server.url, role === 'staff' ? staff : coordinator)
      await page.goto(`${server.url}/events`)
      await page.getByText('导航巡检开放日').first().waitFor({ timeout: 30_000 })
      await page.goto(`${server.url}/feedback`)
      await page.locator('.feedback-row').first().waitFor({ timeout: 30_000 })
      const result = await crawl(page, server.url)
      await context.close()
      expect({ role, ...audit(role, result) }).toEqual({ role, unknown: [], missed: [], trespassed: [] })
    }, crawlBudgetMs + 60_000)
  }

  it('signed-out: reaches every screen it may use and none other', async () => {
    // A phone nobody signed in to records for the unit chosen on it: it makes its own event and feedback.
    const context = await newPhoneContext(browser)
    await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    const page = await context.newPage()
    await page.goto(`${server.url}/events/new`)
    await page.getByLabel('活动名称').fill('未登录手机的开放日')
    // The form starts on today, 09:30–11:30.
    await page.getByLabel('活动地点').fill('区环境监测站')
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/)
    const eventId = new URL(page.url()).pathname.split('/')[2]
    await page.goto(`${server.url}/feedback/new?event=${eventId}`)
    await page.locator('.quick-form textarea').fill('希望增加停车位')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText(/已保存第 1 条/).first().waitFor()
    const result = await crawl(page, server.url)
    await context.close()
    expect({ role: 'signed-out', ...audit('signed-out', result) }).toEqual({ role: 'signed-out', unknown: [], missed: [], trespassed: [] })
  })
})
