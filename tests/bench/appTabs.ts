/// <reference lib="dom" />
// Tab switches and opening a task or an event, at 4× CPU, in a started app: from the tap (the
// click's own timestamp, taken in the page) to the frame after the new screen's content is on
// screen (the `kf:<screen>-shown` mark each screen sets on every visit, utils/perfMarks.ts).
// A staff member signed in, with the bundled plans and their unit's events and public feedback
// pulled from the server, as on a phone in use. Each run is a fresh page load of 首页.
import type { CDPSession, Page } from 'playwright-core'
import type { Figure } from './appHarness'
import { median } from './appHarness'
import { syntheticFeedback } from './feedbackSeed'
import { checklistFromTemplate, standardEventTemplate } from '../../src/shared/events'
import { uuidv7 } from '../../src/shared/ids'
import type { CheckinRecord } from '../../src/shared/records/checkin'
import type { EventRecord } from '../../src/shared/records/event'
import { maxMutationsPerPush } from '../../src/shared/sync/protocol'
import { launchChromium } from '../helpers/e2eBrowser'
import { installedPhone } from '../helpers/e2ePhones'
import { type E2eAccount, startE2eSyncServer } from '../helpers/e2eSyncServer'

const runs = Number(process.env.BENCH_TAB_RUNS ?? 5)
const log = (step: string) => process.env.BENCH_VERBOSE && console.error(`  ${new Date().toISOString().slice(11, 19)} ${step}`)
const unit = '区政府办公室'
export const staff: E2eAccount = { username: 'bench-tabs', password: 'bench-password-1', unit, role: 'staff' }
const day = 86_400_000
/** A fixed moment, so runs compare: events around it, half of them past. */
const around = Date.UTC(2026, 5, 15, 2)

type Seeded = [entity: string, record: { id: string }]

/** A year of a unit's open days and other events, each with its checklist and some check-ins. */
export function unitEvents(count: number): Seeded[] {
  const records: Seeded[] = []
  for (let i = 0; i < count; i++) {
    const startsAt = around + (i - count / 2) * 9 * day
    const event: EventRecord = {
      id: uuidv7(startsAt - 30 * day),
      unit,
      type: i % 3 ? 'open_day' : 'symposium',
      title: `政务公开开放日（第${i + 1}场）`,
      theme: '走进一网通办',
      startsAt,
      endsAt: startsAt + 2 * 3_600_000,
      venue: '区行政服务中心',
      format: 'offline',
      taskIds: [],
      invitedCount: 30,
      onlineAudience: null,
      status: startsAt < around ? 'closed' : 'planned',
      questionnaireId: null,
      createdAt: startsAt - 30 * day,
      createdBy: staff.username,
    }
    records.push(['event', event])
    for (const item of checklistFromTemplate(event, standardEventTemplate))
      records.push(['eventChecklistItem', startsAt < around ? { ...item, done: true, doneAt: startsAt, doneBy: staff.username } : item])
    if (startsAt < around) {
      for (let n = 0; n < 12; n++)
        records.push(['checkin', { id: uuidv7(startsAt + n * 60_000), eventId: event.id, unit, attendeeType: 'citizen', delta: 1, at: startsAt + n * 60_000, by: staff.username } as CheckinRecord])
    }
  }
  return records
}

/** Sends records as a phone's outbox would, in batches the protocol allows. */
export async function push(url: string, token: string, records: Seeded[]): Promise<void> {
  const clientId = uuidv7()
  for (let from = 0; from < records.length; from += maxMutationsPerPush) {
    const batch = records.slice(from, from + maxMutationsPerPush)
    const response = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({ clientId, sentAt: Date.now(), mutations: batch.map(([entity, data], i) => ({ seq: from + i + 1, entity, id: data.id, op: 'put', at: Date.now(), data })) }),
    })
    const results = (await response.json() as { results?: Array<{ status: string }> }).results ?? []
    const refused = results.filter(r => r.status !== 'applied')
    if (!response.ok || refused.length)
      throw new Error(`seeding refused: ${response.status} ${JSON.stringify(refused.slice(0, 3))}`)
  }
}

/**
 * Resolves in the page once the main thread has had a few idle frames in a row: the screen's
 * deferred work is done. At most 5 s, for a machine too busy to ever look idle.
 */
export async function quiet(cdp: CDPSession): Promise<void> {
  await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    expression: `new Promise(resolve => {
      let idle = 0
      const check = deadline => {
        idle = deadline.timeRemaining() >= 30 ? idle + 1 : 0
        if (idle >= 10) resolve(true)
        else requestIdleCallback(check, { timeout: 200 })
      }
      requestIdleCallback(check, { timeout: 200 })
      setTimeout(resolve, 5000)
    })`,
  })
}

/**
 * Clicks `selector` and returns the milliseconds from the click event to the next `mark`.
 * Waits through a bare DevTools evaluation (a PerformanceObserver), not Playwright's polling,
 * which would run a check on every frame of the 4×-slowed main thread being measured.
 */
export async function tapToMark(page: Page, cdp: CDPSession, selector: string, mark: string): Promise<number> {
  await page.evaluate(([name]) => {
    const w = window as unknown as { benchTap: Promise<number>, benchShown: Promise<number> }
    const seen = performance.getEntriesByName(name, 'mark').length
    w.benchTap = new Promise(resolve => document.addEventListener('click', event => resolve(event.timeStamp), { capture: true, once: true }))
    w.benchShown = new Promise((resolve) => {
      const observer = new PerformanceObserver(() => {
        const marks = performance.getEntriesByName(name, 'mark')
        if (marks.length > seen) {
          observer.disconnect()
          resolve(marks[seen].startTime)
        }
      })
      observer.observe({ type: 'mark' })
    })
  }, [mark])
  await page.locator(selector).first().click({ noWaitAfter: true })
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    expression: `Promise.race([
      Promise.all([window.benchTap, window.benchShown]).then(([tap, shown]) => shown - tap),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no ${mark} within 30 s')), 30000)),
    ])`,
  })
  if (exceptionDetails)
    throw new Error(`${selector} → ${mark}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
  return result.value as number
}

const tab = (path: string) => `.tabbar__item[href="${path}"]`
/** The tabs after 首页 in the tab bar's order. */
const tabs: Array<[string, string, string]> = [
  ['计划', '/plans', 'kf:plans-shown'],
  ['活动', '/events', 'kf:events-shown'],
  ['意见', '/feedback', 'kf:feedback-shown'],
  ['我的', '/me', 'kf:me-shown'],
]

// BENCH_DIST: another build to compare with, alternated run by run on a busy machine.
export async function measureTabs(dist = process.env.BENCH_DIST): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eSyncServer([staff], { staticDir: dist })
  const browser = await launchChromium()
  try {
    const token = await server.token(staff)
    await push(server.url, token, [...unitEvents(24), ...syntheticFeedback(300, 13, unit).map((item): Seeded => ['feedback', item])])
    log('seeded')
    const { page, context } = await installedPhone(browser, server.url, staff)
    log('signed in')
    // Until the pull has brought the unit's events and feedback.
    await page.goto(`${server.url}/events`)
    await page.locator('.event-item').nth(20).waitFor({ timeout: 60_000 })

    log('pulled')
    const timings = new Map<string, number[]>()
    const cdp = await context.newCDPSession(page)
    const add = async (name: string, ms: number) => {
      log(`${name} ${Math.round(ms)} ms`)
      timings.set(name, [...(timings.get(name) ?? []), ms])
      // The screen's deferred work (later reads, idle callbacks) finishes, as while a person reads it.
      await quiet(cdp)
    }
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.url}/`)
      // Set again on each load: a new document may come in a new renderer process.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.locator('.home').waitFor()
      await quiet(cdp)
      // Every tab once, back to 首页 (where the app started, so its second visit), every tab again.
      for (const [name, path, mark] of tabs)
        await add(`${name} (first visit)`, await tapToMark(page, cdp, tab(path), mark))
      await add('首页 (second visit)', await tapToMark(page, cdp, tab('/'), 'kf:home-shown'))
      for (const [name, path, mark] of tabs)
        await add(`${name} (second visit)`, await tapToMark(page, cdp, tab(path), mark))
      // From a list into one of its items, back, and into it again (the item's screen now cached).
      const openTwice = async (name: string, listPath: string, row: string, mark: string) => {
        await page.locator(tab(listPath)).click()
        for (const visit of ['first open', 'second open']) {
          await page.locator(row).first().waitFor()
          await quiet(cdp)
          await add(`${name} (${visit})`, await tapToMark(page, cdp, row, mark))
          await page.locator('.app-header__back').click()
        }
      }
      await openTwice('任务', '/plans', '.task-row', 'kf:task-shown')
      await openTwice('活动详情', '/events', '.event-item', 'kf:event-shown')
    }
    await cdp.detach()
    const figures: Figure[] = [...timings].map(([name, values]) => ({
      name: `tap → ${name} painted (4× CPU, median)`,
      value: median(values),
      unit: 'ms',
      limit: { max: name.includes('second visit') ? 100 : 300 },
    }))
    return {
      figures,
      details: [`${runs} runs, each a fresh load of 首页 (ms): ${[...timings].map(([name, values]) => `${name} ${values.map(Math.round).join('/')}`).join('; ')}`],
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
