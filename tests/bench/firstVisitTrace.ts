// A first visit as Lighthouse loads it, traced: a fresh profile at a phone's size, a same-origin file
// first (so the renderer the app runs in is the one throttled and profiled: a navigation from
// about:blank may swap processes; the file runs none of the app), then the page, its trace events
// and a CPU profile until it has settled. Shared by profileFirstVisit.ts and traceFirstVisit.ts.
import { chromium } from 'playwright-core'
import { phone } from '../helpers/e2eBrowser'
import { chromiumArgs, chromiumPath } from '../helpers/environment'
import type { Profile } from './profileSources'

export interface FirstVisitOptions {
  /** CPU slow-down: 1 leaves it as it is. */
  cpu: number
  /** The sampling profiler's interval, µs. */
  samplingInterval: number
  /** Trace categories. */
  categories: string
  settleMs: number
}

export async function traceFirstVisit<Event>(url: string, path: string, options: FirstVisitOptions): Promise<{ events: Event[], profile: Profile }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: phone.large, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${url}/icons/icon-192.png`)
    const cdp = await context.newCDPSession(page)
    if (options.cpu > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingInterval })
    const events: Event[] = []
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value as unknown as Event[]))
    const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', { categories: options.categories, transferMode: 'ReportEvents' })
    await cdp.send('Profiler.start')
    await page.goto(`${url}${path}`)
    await page.waitForTimeout(options.settleMs)
    const { profile } = await cdp.send('Profiler.stop') as { profile: Profile }
    await cdp.send('Tracing.end')
    await done
    return { events, profile }
  }
  finally {
    await browser.close()
  }
}
