/// <reference lib="dom" />
// 10,000 synthetic tasks on the device: how fast the 计划 list paints, whether scrolling
// it stays free of long tasks (rows are virtualised), and how fast a search answers.
import type { Figure } from './appHarness'
import { markTime, measures, median, storePlansInBrowser } from './appHarness'
import { syntheticLibrary } from '../helpers/e2ePlans'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { startE2eServer } from '../helpers/e2eServer'

const taskCount = 10_000
const searches = ['开放日', '留言板', '政策解读', '预决算公开', '依申请 公开']

export async function measureLargeList(): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eServer()
  const browser = await launchChromium()
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  try {
    await page.goto(`${server.url}/plans`)
    await page.locator('.task-row').first().waitFor()
    await storePlansInBrowser(page, syntheticLibrary(taskCount))

    const paints: number[] = []
    for (let run = 0; run < 3; run++) {
      await page.goto(`${server.url}/plans`)
      paints.push(await markTime(page, 'kf:plans-painted'))
    }
    await page.locator('.task-row').first().waitFor()
    const totalShown = await page.locator('.plans__summary').innerText()

    // Long tasks while flinging through the list with the mouse wheel for a few seconds.
    await page.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { longTasks: number[] }).longTasks = seen
      new PerformanceObserver(list => list.getEntries().forEach(e => seen.push(e.duration))).observe({ type: 'longtask', buffered: false })
    })
    await page.mouse.move(200, 500)
    let maxRows = 0
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 900)
      await page.waitForTimeout(16)
      if (i % 10 === 0)
        maxRows = Math.max(maxRows, await page.locator('.tree-list__window > li').count())
    }
    const scrolled = await page.evaluate(() => window.scrollY)
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)

    // Search: time inside the search itself (User Timing from the app), and from the keystroke
    // to the results painted on screen.
    await page.evaluate(() => window.scrollTo(0, 0))
    const toPaint: number[] = []
    for (const query of searches) {
      const box = page.getByRole('searchbox').or(page.locator('#plan-search')).first()
      await box.fill('')
      await page.waitForTimeout(50)
      toPaint.push(await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#plan-search')!
        const started = performance.now()
        input.value = q
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))
        return performance.now() - started
      }, query))
    }
    const searchTimes = (await measures(page, 'kf:search')).slice(-searches.length)

    return {
      figures: [
        { name: `plan list painted with ${taskCount} tasks`, value: median(paints), unit: 'ms', limit: { max: 500 } },
        { name: 'longest task while scrolling', value: Math.max(0, ...longTasks), unit: 'ms', limit: { max: 50 } },
        { name: 'search, slowest of 5 queries', value: Math.max(...searchTimes), unit: 'ms', limit: { max: 100 } },
        { name: 'search keystroke → results painted, slowest', value: Math.max(...toPaint), unit: 'ms', limit: { max: 100 } },
      ],
      details: [
        `list paint runs (ms): ${paints.map(Math.round).join(', ')}; ${totalShown}`,
        `scrolled ${Math.round(scrolled)} px; at most ${maxRows} rows in the DOM; long tasks: ${longTasks.length ? longTasks.map(Math.round).join(', ') : 'none'}`,
        `search (ms) ${searches.map((q, i) => `${q} ${searchTimes[i]?.toFixed(1)} / ${toPaint[i].toFixed(0)} painted`).join('; ')}`,
      ],
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
