/// <reference lib="dom" />
// `npm run bench:feedback-device`: issue 5's feedback figures on the device, in real headless
// Chromium against the built app: one item recorded offline, tap to durable (≤ 100 ms); with
// 20,000 items on the phone, a filter change to the list on screen (≤ 100 ms); 5,000 items
// grouped into concentrated issues (≤ 500 ms). Read from the app's own User Timing measures
// and from the page's clock around real input; printed, never asserted.
import type { Page } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { type Figure, median, percentile, verdict } from './appHarness'
import { newFeedbackRecord } from '../../src/shared/feedback/create'
import { handlingPatch } from '../../src/shared/feedback/handling'
import { uuidv7 } from '../../src/shared/ids'
import { attendeeTypes } from '../../src/shared/records/checkin'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { feedbackSettingsDefaults } from '../../src/shared/records/feedbackSettings'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { startE2eServer } from '../helpers/e2eServer'

const unit = '区建管委'
const saves = 30

// What staff write down at an open day: a few issues many people raise, in their own words,
// and one-off remarks; deterministic, so runs compare.
const phrasings: Array<[string, string[]]> = [
  ['交通出行', ['停车位太少，希望增加', '周边停车难，停车位不够', '希望多开放临时停车场，停车位太少']],
  ['生态环境', ['河道有异味，希望加强治理', '小区旁河道水质差有臭味', '工地夜间施工噪声太大']],
  ['政务服务', ['办事大厅排队时间太长', '网上办事系统经常卡顿', '自助机不好用，希望有人指导']],
  ['活动组织', ['希望多举办这样的开放活动', '讲解很清楚，收获很大', '报名渠道太少，很多人不知道']],
]
const remarks = ['社区', '菜场', '公园', '地铁站', '电梯', '楼道', '图书馆', '健身步道', '路灯', '井盖', '积水', '绿化']

function items(count: number, seed: number): FeedbackRecord[] {
  let state = seed
  const next = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647
  const start = Date.UTC(2025, 0, 2, 1)
  return Array.from({ length: count }, (_, i) => {
    const now = start + Math.floor(next() * 300) * 86_400_000 + i
    const [topic, wordings] = phrasings[Math.floor(next() * phrasings.length)]
    const content = next() < 0.6 ? wordings[Math.floor(next() * wordings.length)] : `${remarks[i % remarks.length]}${remarks[(i * 7) % remarks.length]}需要维修（第${i}号）`
    const made = newFeedbackRecord({ content, topic, respondentType: attendeeTypes[i % attendeeTypes.length] }, { id: uuidv7(now), unit, by: 'bench', now, settings: feedbackSettingsDefaults })
    if (!made.success)
      throw new Error(`synthetic item ${i}: ${made.error.message}`)
    const replied = next() < 0.4 && handlingPatch(made.data, { to: 'replied', reply: '已研究并答复', repliedOn: made.data.replyDue }, now + 1)
    return replied && replied.ok ? { ...made.data, ...replied.patch } : made.data
  })
}

/** Straight into the app's IndexedDB, as a sync pull would leave them. */
async function storeFeedback(page: Page, rows: FeedbackRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await page.evaluate(chunk => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onsuccess = () => {
        const tx = open.result.transaction('feedback', 'readwrite')
        chunk.forEach(row => tx.objectStore('feedback').put(row))
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    }), rows.slice(i, i + 2000))
  }
}

async function tapToDurable(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const taps: number[] = []
    ;(window as unknown as { taps: number[] }).taps = taps
    document.addEventListener('submit', event => taps.push(event.timeStamp), true)
  })
  for (let i = 0; i < saves; i++) {
    await page.locator('.quick-form textarea').fill(`第${i + 1}条：停车位太少，希望增加`)
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.waitForFunction(n => performance.getEntriesByName('kf:feedback-durable').length > n, i)
  }
  return page.evaluate(() => {
    const taps = (window as unknown as { taps: number[] }).taps
    return performance.getEntriesByName('kf:feedback-durable').map((e, i) => e.startTime + e.duration - taps[i])
  })
}

/** From a filter chosen to the next frame painted: the 20,000 filtered, sorted and the visible rows rendered. */
async function filterToPaint(page: Page, label: string, value: string): Promise<number> {
  return page.evaluate(async ([name, chosen]) => {
    const select = Array.from(document.querySelectorAll('label')).find(l => l.textContent?.includes(name))!.querySelector('select')!
    const begin = performance.now()
    select.value = Array.from(select.options).find(o => o.text === chosen)!.value
    select.dispatchEvent(new Event('change'))
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
    return performance.now() - begin
  }, [label, value] as const)
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
    if (built.status !== 0)
      process.exit(built.status ?? 1)
  }
  const server = await startE2eServer()
  const browser = await launchChromium()
  const figures: Figure[] = []
  const details: string[] = []
  try {
    const context = await newPhoneContext(browser)
    await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    const page = await context.newPage()
    await page.goto(`${server.url}/feedback/new`)
    await page.locator('.quick-form').waitFor()
    await context.setOffline(true)
    const durable = await tapToDurable(page)
    figures.push({ name: 'record one item offline: tap → durable (median)', value: median(durable), unit: 'ms', limit: { max: 100 } })
    figures.push({ name: 'record one item offline: tap → durable (p95)', value: percentile(durable, 95), unit: 'ms', limit: { max: 100 } })
    await context.setOffline(false)

    await storeFeedback(page, items(20_000 - saves, 7))
    const opened = performance.now()
    await page.goto(`${server.url}/feedback`)
    await page.locator('.feedback-row').first().waitFor()
    details.push(`inbox of 20,000 opened (IndexedDB read, filter, sort, first rows) in ${(performance.now() - opened).toFixed(0)} ms from navigation`)
    const changes: Array<[string, string]> = [['按主题筛选', '交通出行'], ['按状态筛选', '已登记'], ['按主题筛选', '生态环境'], ['按期限筛选', '已逾期'], ['按主题筛选', '全部主题'], ['按状态筛选', '全部状态'], ['按期限筛选', '全部期限']]
    const painted: number[] = []
    for (let round = 0; round < 3; round++) {
      for (const [label, value] of changes)
        painted.push(await filterToPaint(page, label, value))
    }
    const filtered = await page.evaluate(() => performance.getEntriesByName('kf:feedback-filtered').map(e => e.duration))
    figures.push({ name: '20,000 items: filter change → list painted (median)', value: median(painted), unit: 'ms', limit: { max: 100 } })
    figures.push({ name: '20,000 items: filter change → list painted (max)', value: Math.max(...painted), unit: 'ms', limit: { max: 100 } })
    details.push(`filter + sort alone: median ${median(filtered).toFixed(1)} ms over ${filtered.length} runs; ${await page.locator('.feedback-page__count').textContent()} after the last change`)

    await page.evaluate(() => new Promise<void>((resolve) => {
      const open = indexedDB.open('kaifangri')
      open.onsuccess = () => {
        const tx = open.result.transaction('feedback', 'readwrite')
        tx.objectStore('feedback').clear()
        tx.oncomplete = () => resolve()
      }
    }))
    await storeFeedback(page, items(5000, 11))
    const grouping: number[] = []
    for (let run = 0; run < 5; run++) {
      await page.goto(`${server.url}/feedback/issues`)
      await page.locator('.group-card').first().waitFor()
      grouping.push(await page.evaluate(() => performance.getEntriesByName('kf:feedback-grouped').at(-1)!.duration))
    }
    figures.push({ name: 'group 5,000 items into concentrated issues (median)', value: median(grouping), unit: 'ms', limit: { max: 500 } })
    details.push(`grouping runs: ${grouping.map(ms => ms.toFixed(0)).join(', ')} ms; ${await page.locator('.group-card').count()} groups shown of the largest first`)
  }
  finally {
    await browser.close()
    await server.close()
  }
  console.log(`\n== feedback on the device (headless Chromium; load ${loadavg().map(l => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`)
  figures.forEach(f => console.log(verdict(f)))
  details.forEach(d => console.log(`   ${d}`))
}

await main()
