// The main thread's own CPU time up to the first screen's paint on an offline cold start, for two or more
// builds run alternately: `npx tsx tests/bench/compareColdWork.ts /tmp/distOld /tmp/distNew`. Wall-clock
// figures swing 2–3× on a shared machine; the thread's CPU time (Performance.getMetrics ThreadTime, with
// TaskDuration, ScriptDuration, LayoutDuration, RecalcStyleDuration beside it) swings far less, so a change
// of a few percent of the work shows. Read at the mark, so a few milliseconds after it count too.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { markTime, median } from './appHarness'
import { phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { chromiumArgs, chromiumPath } from '../helpers/environment'
import { type E2eServer, startE2eServer } from '../helpers/e2eServer'

const runs = Number(process.env.BENCH_RUNS ?? 7)
const screens = [['/plans', 'kf:plans-painted'], ['/', 'kf:home-painted']] as const
const metricNames = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const

function openProfile(dir: string) {
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: chromiumArgs, viewport: phone.large, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'allow' })
}

async function install(server: E2eServer, dir: string) {
  const context = await openProfile(dir)
  const page = context.pages()[0] ?? await context.newPage()
  await page.goto(`${server.url}/plans`)
  await waitForServiceWorker(page)
  await page.locator('.task-row').first().waitFor()
  await context.close()
}

async function coldRun(server: E2eServer, dir: string, path: string, mark: string): Promise<Record<string, number>> {
  const context = await openProfile(dir)
  try {
    await context.setOffline(true)
    const page = context.pages()[0] ?? await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Performance.enable')
    await page.goto(`${server.url}${path}`)
    const painted = await markTime(page, mark)
    const { metrics } = await cdp.send('Performance.getMetrics')
    const byName = Object.fromEntries(metrics.map(m => [m.name, m.value * 1000]))
    return { painted, ...Object.fromEntries(metricNames.map(name => [name, byName[name] ?? Number.NaN])) }
  }
  finally {
    await context.close()
  }
}

async function main() {
  const builds = process.argv.slice(2)
  const servers = await Promise.all(builds.map(dist => startE2eServer(dist)))
  const dirs = builds.map(() => mkdtempSync(join(tmpdir(), 'kaifangri-work-')))
  try {
    for (let i = 0; i < builds.length; i++)
      await install(servers[i], dirs[i])
    const results = builds.map(() => Object.fromEntries(screens.map(([path]) => [path, [] as Array<Record<string, number>>])))
    for (let run = 0; run < runs; run++) {
      for (const [path, mark] of screens) {
        for (let i = 0; i < builds.length; i++)
          results[i][path].push(await coldRun(servers[i], dirs[i], path, mark))
      }
    }
    for (const [path] of screens) {
      for (let i = 0; i < builds.length; i++) {
        const rows = results[i][path]
        const columns = ['painted', ...metricNames].map(name => `${name} ${Math.round(median(rows.map(r => r[name])))}`)
        console.log(`${path.padEnd(6)} ${builds[i]}: medians of ${runs} (ms): ${columns.join(', ')}`)
        console.log(`       ThreadTime runs: ${rows.map(r => Math.round(r.ThreadTime)).join(', ')}`)
      }
    }
  }
  finally {
    dirs.forEach(dir => rmSync(dir, { recursive: true, force: true }))
    await Promise.all(servers.map(server => server.close()))
  }
}

void main()
