// How fast this machine is, so figures from different machines can be compared. The 4×
// slowdown is relative to the host: the same build measured a 1.9 s and a 0.8 s cold start
// on two machines of the same kind on consecutive days. A fixed script, timed in the same
// headless Chromium at the same 4× slowdown, tells a slow machine from a slower app.
import { cpus, loadavg } from 'node:os'
import { chromium } from 'playwright-core'
import { median } from './appHarness'
import { chromiumArgs, chromiumPath } from '../helpers/environment'

const runs = 5

/** A mix like the app's start-up: many small objects, sorting, strings and JSON. */
function referenceWorkload(): number {
  const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: `task-${(i * 7919) % 40_000}`, title: `第${i}项任务`, done: i % 3 === 0 }))
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const text = JSON.stringify(rows)
  return (JSON.parse(text) as unknown[]).length + text.replace(/任务/g, '事项').length
}

export async function measureMachine(): Promise<{ figures: [], details: string[], referenceMs: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    // Defined once and run once untimed, so the timed runs measure the work, not the compiler.
    await page.evaluate(`window.referenceWorkload = ${referenceWorkload.toString()}; window.referenceWorkload()`)
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      times.push(await page.evaluate(`(() => {
        const started = performance.now()
        window.referenceWorkload()
        return performance.now() - started
      })()`))
    }
    const [load1] = loadavg()
    return {
      figures: [],
      referenceMs: median(times),
      details: [
        `reference script in Chromium at 4× CPU: median ${Math.round(median(times))} ms (runs ${times.map(Math.round).join(', ')})`,
        `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; load average ${load1.toFixed(2)} at the start`,
      ],
    }
  }
  finally {
    await browser.close()
  }
}
