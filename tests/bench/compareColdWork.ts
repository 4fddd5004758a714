// The main thread's own CPU time up to the first screen's paint on an offline cold start, for two or more
// builds run alternately: `npx tsx tests/bench/compareColdWork.ts /tmp/distOld /tmp/distNew`. Wall-clock
// figures swing 2–3× on a shared machine; the thread's CPU time (Performance.getMetrics ThreadTime, with
// TaskDuration, ScriptDuration, LayoutDuration, RecalcStyleDuration beside it) swings far less, so a change
// of a few percent of the work shows. Read at the mark, so a few milliseconds after it count too.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { markTime, median } from './appHarness'
import { type E2eServer, startE2eServer } from '../helpers/e2eServer'
import { installOnPhone, reopenOffline } from './coldStartPhone'

const runs = Number(process.env.BENCH_RUNS ?? 7)
const screens = [['/plans', 'kf:plans-painted'], ['/', 'kf:home-painted']] as const
const metricNames = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const

async function coldRun(server: E2eServer, dir: string, path: string, mark: string): Promise<Record<string, number>> {
  const { context, page, cdp } = await reopenOffline(dir)
  try {
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
      await installOnPhone(dirs[i], servers[i].url)
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
