/// <reference lib="dom" />
// A tick to the saved state: from the tap's event to the transaction that wrote the progress
// record and its outbox entry being committed with strict durability (flushed to disk).
import type { Figure } from './appHarness'
import { median, percentile } from './appHarness'
import { bundledPlansDay, launchChromium, newPhoneContext, phone } from '../helpers/e2eBrowser'
import { startE2eServer } from '../helpers/e2eServer'

const ticks = 30
const unit = '区政府办公室'

export async function measureTick(): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eServer()
  const browser = await launchChromium()
  // In the bundled plans' year: in a later one they are archived and cannot be ticked.
  const context = await newPhoneContext(browser, phone.large, { today: bundledPlansDay })
  await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
  const page = await context.newPage()
  try {
    await page.goto(`${server.url}/plans`)
    await page.getByLabel('按单位筛选').selectOption(unit)
    await page.locator('.task-row').first().click()
    const box = page.locator('.check-item input[type=checkbox]').first()
    await box.waitFor()
    await page.evaluate(() => {
      const taps: number[] = []
      ;(window as unknown as { taps: number[] }).taps = taps
      document.addEventListener('change', event => taps.push(event.timeStamp), true)
    })
    for (let i = 0; i < ticks; i++) {
      const before = (await page.evaluate(() => performance.getEntriesByName('kf:progress-durable').length))
      await box.click()
      await page.waitForFunction(n => performance.getEntriesByName('kf:progress-durable').length > n, before)
    }
    const { commit, tapToDurable } = await page.evaluate(() => {
      const saved = performance.getEntriesByName('kf:progress-durable')
      const taps = (window as unknown as { taps: number[] }).taps
      return {
        commit: saved.map(e => e.duration),
        tapToDurable: saved.map((e, i) => e.startTime + e.duration - taps[i]),
      }
    })
    return {
      figures: [
        { name: 'tick → durable (record + outbox, median)', value: median(tapToDurable), unit: 'ms', limit: { max: 100 } },
        { name: 'tick → durable (p95)', value: percentile(tapToDurable, 95), unit: 'ms', limit: { max: 100 } },
      ],
      details: [`${ticks} ticks; transaction alone median ${median(commit).toFixed(1)} ms, max ${Math.max(...commit).toFixed(1)} ms; tap→durable max ${Math.max(...tapToDurable).toFixed(1)} ms`],
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
