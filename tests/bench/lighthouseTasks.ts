// Lighthouse's first visit task by task: its simulated total blocking time and, from the trace it
// simulates from, each main-thread task after the first paint that its 4× slowdown makes long, in
// wall time (what Lighthouse uses) and thread time (the page's own work, steadier on a machine others
// load), with its largest parts. The thread-time sum Σ max(0, 4 × CPU − 50) is a blocking figure that
// load stretches less, for comparing builds back to back.
// `npx tsx tests/bench/lighthouseTasks.ts <dist> [<dist> …]` (LH_PATH: the page, /events; LH_RUNS: runs per
// build, alternated A B A B; LH_QUIET=1: totals only).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { loadavg } from 'node:os'
import { chromiumArgs, chromiumPath } from '../helpers/environment'
import { startE2eServer } from '../helpers/e2eServer'

interface TraceEvent { name: string, ph: string, ts: number, dur?: number, tdur?: number, tid: number, pid: number, args?: { data?: Record<string, unknown>, frame?: string } }

const dists = process.argv.slice(2)
const path = process.env.LH_PATH ?? '/events'
const runs = Number(process.env.LH_RUNS ?? 1)
const file = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js')

function part(event: TraceEvent): string {
  const data = event.args?.data ?? {}
  if (event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule' || event.name === 'FunctionCall')
    return `${event.name}(${file(data.url)})`
  if (['TimerFire', 'EventDispatch', 'FireIdleCallback'].includes(event.name))
    return `${event.name}${data.type ? `(${String(data.type)})` : ''}`
  return event.name
}

async function once(url: string, port: number) {
  const result = await lighthouse(`${url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  if (!result || result.lhr.runtimeError)
    return null
  const trace = (result.artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace.traceEvents
  const commit = trace.find(e => e.name === 'ParseHTML' && file((e.args?.data as { url?: string } | undefined)?.url) === path)
    ?? trace.find(e => e.name === 'ParseHTML')!
  const navigation = trace.find(e => e.name === 'navigationStart' && e.pid === commit.pid)?.ts ?? commit.ts
  const fcp = trace.find(e => e.name === 'firstContentfulPaint' && e.pid === commit.pid && e.ts > navigation)
  const onMain = trace.filter(e => e.pid === commit.pid && e.tid === commit.tid && e.ph === 'X')
  const tasks = onMain.filter(e => e.name === 'RunTask' && e.ts >= (fcp?.ts ?? navigation))
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000
  const wall = (e: TraceEvent) => e.dur! / 1000
  const cpuBlocking = tasks.reduce((sum, e) => sum + Math.max(0, 4 * cpu(e) - 50), 0)
  const tbt = Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN)
  const lines = [`TBT ${tbt} ms, performance ${Math.round((result.lhr.categories.performance?.score ?? 0) * 100)}, LCP ${result.lhr.audits['largest-contentful-paint']?.displayValue}; FCP at ${Math.round(((fcp?.ts ?? navigation) - navigation) / 1000)}; CPU-based blocking ${Math.round(cpuBlocking)} ms over ${tasks.length} tasks after FCP (${Math.round(tasks.reduce((s, e) => s + cpu(e), 0))} ms CPU); load ${loadavg()[0].toFixed(1)}`]
  if (!process.env.LH_QUIET) {
    for (const task of tasks.filter(e => 4 * cpu(e) > 50 || 4 * wall(e) > 50)) {
      const end = task.ts + task.dur!
      const inside = onMain.filter(e => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end)
      const parts = new Map<string, number>()
      for (const e of inside) {
        if (!inside.some(o => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!))
          parts.set(part(e), (parts.get(part(e)) ?? 0) + e.dur! / 1000)
      }
      const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')
      lines.push(`  ${cpu(task).toFixed(1)} ms CPU, ${wall(task).toFixed(1)} wall at ${Math.round((task.ts - navigation) / 1000)}: ${top}`)
    }
  }
  return { tbt, cpuBlocking, lines }
}

async function main() {
  const servers = await Promise.all(dists.map(dist => startE2eServer(dist)))
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs.filter(f => f !== '--headless').concat('--headless=new') })
  const figures = dists.map(() => ({ tbt: [] as number[], cpu: [] as number[] }))
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, server] of servers.entries()) {
        const measured = await once(server.url, chrome.port)
        if (!measured)
          continue
        figures[i].tbt.push(measured.tbt)
        figures[i].cpu.push(Math.round(measured.cpuBlocking))
        console.log(`${dists[i]} ${path} run ${run + 1}: ${measured.lines.join('\n')}`)
      }
    }
  }
  finally {
    chrome.kill()
    await Promise.all(servers.map(server => server.close()))
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]
  for (const [i, dist] of dists.entries())
    console.log(`${dist} ${path}: TBT ${figures[i].tbt.join(', ')} (median ${median(figures[i].tbt)}); CPU-based blocking ${figures[i].cpu.join(', ')} (median ${median(figures[i].cpu)})`)
}

void main()
