// `npm run bench:pull`: a phone catching up on 10,000 changes. The app's own sync engine and
// database modules, built by Vite, run in headless Chromium against the real server on a
// fresh SQLite file. Figures: total time of the catch-up, and the longest the page was
// blocked (long tasks as Chromium reports them, and the largest gap seen by a 10 ms timer),
// once at full speed and once with the CPU slowed 4× like a budget phone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { buildApp } from '../../src/server/app'
import { createUser } from '../../src/server/auth/users'
import { openDatabase } from '../../src/server/db/connect'
import { migrateToLatest } from '../../src/server/db/migrations'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { type Figure, round, verdict } from './appHarness'

const changeCount = 10_000
const account = { username: 'bench-coordinator', password: 'bench-password-1' }

/** The engine, identity and database modules as the browser runs them, behind a bare page. */
async function buildEnginePage(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: {
        entry: { engine: 'src/app/sync/index.ts', identity: 'src/app/db/identity.ts', database: 'src/app/db/database.ts' },
        formats: ['es'],
      },
    },
  })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>pull bench</title><p>pull bench</p>')
}

async function seed(url: string): Promise<void> {
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<{ token: string }>
  }
  const { token } = await post('/api/auth/login', account)
  const units = ['区政府办公室', '区生态环境局', '区教育局', '朱家角镇', '区财政局']
  for (let start = 0; start < changeCount; start += 500) {
    const mutations = Array.from({ length: 500 }, (_, i) => {
      const n = start + i
      const unit = units[n % units.length]
      const subject = `plan-bench:${Math.floor(n / 40) + 1}.1#${(n % 40) + 1}`
      const id = `${unit}|${subject}`
      return { seq: n + 1, entity: 'progress', id, op: 'patch', at: Date.now(), data: { unit, planId: 'plan-bench', taskId: `plan-bench:${Math.floor(n / 40) + 1}.1`, subject, status: n % 3 ? 'done' : 'partial', note: `第${n}条进展：已在政府网站公开栏目发布相关信息。`, count: n % 7 } }
    })
    await post('/api/sync/push', { clientId: '01900000-0000-7000-8000-000000000001', sentAt: Date.now(), mutations }, token)
  }
}

interface PullRun {
  ms: number
  problem: string | null
  pulled: number
  stored: number
  longestTask: number
  longTasks: number
  largestGap: number
}

async function catchUp(browser: Browser, url: string, cpuSlowdown: number): Promise<PullRun> {
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  await page.goto(url)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const run = await page.evaluate(async (credentials) => {
    const modules = ['/engine.js', '/identity.js', '/database.js']
    const [{ syncEngine, syncApi }, { adoptSession }, { db }] = await Promise.all(modules.map(path => import(path)))
    await adoptSession(await syncApi.login(credentials))
    const longTasks: number[] = []
    const observer = new PerformanceObserver(list => longTasks.push(...list.getEntries().map(entry => entry.duration)))
    observer.observe({ type: 'longtask' })
    let largestGap = 0
    let last = performance.now()
    const probe = setInterval(() => {
      const now = performance.now()
      largestGap = Math.max(largestGap, now - last)
      last = now
    }, 10)
    const started = performance.now()
    const outcome = await syncEngine.syncNow()
    const ms = performance.now() - started
    clearInterval(probe)
    await new Promise(resolve => setTimeout(resolve, 200))
    observer.disconnect()
    return { ms, problem: outcome.problem, pulled: outcome.pulled, stored: await db.progress.count(), longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length, largestGap }
  }, account)
  await context.close()
  return run
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaifangri-bench-pull-'))
  const database = openDatabase(join(dir, 'bench.sqlite'))
  const staticDir = join(dir, 'page')
  await buildEnginePage(staticDir)
  await migrateToLatest(database.db)
  await createUser(database.db, { ...account, displayName: '基准测试', unit: '区政府办公室', role: 'coordinator' }, Date.now())
  const app = await buildApp({ database, photos: diskPhotoStorage(join(dir, 'photos')), staticDir })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await launchChromium()
  try {
    await seed(url)
    for (const slowdown of [1, 4]) {
      const run = await catchUp(browser, url, slowdown)
      if (run.problem || run.stored !== changeCount)
        throw new Error(`catch-up failed: ${JSON.stringify(run)}`)
      const figures: Figure[] = [
        { name: `catch-up pull of ${run.pulled} changes`, value: run.ms / 1000, unit: 's', limit: { max: 5 } },
        { name: 'longest main-thread task during it', value: run.longestTask, unit: 'ms', limit: { max: 50 } },
      ]
      // The targets are for this machine's Chromium; the slowed run shows a budget phone.
      console.log(slowdown === 1 ? 'Full speed:' : `CPU slowed ${slowdown}× (a budget phone; for information, the targets are for full speed):`)
      figures.forEach(figure => console.log(slowdown === 1 ? verdict(figure) : `     ${figure.name}: ${round(figure.value)} ${figure.unit}`))
      console.log(`     long tasks over 50 ms: ${run.longTasks}; largest gap between 10 ms timer ticks: ${round(run.largestGap)} ms`)
    }
  }
  finally {
    await browser.close()
    await app.close()
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
