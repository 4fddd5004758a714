// An offline cold start as a Chromium trace: each main-thread task up to a screen's painted mark, with its
// script, style, layout and paint parts, to see which task a screen's first paint waits for and how long
// its render and layout take (a CPU profile shows neither layout nor style). 4× CPU, network off.
// `BENCH_DIST=/tmp/dist npx tsx tests/bench/traceColdStart.ts /plans` (TRACE_RUNS: runs, the first saved
// to /tmp/cold-trace_plans.json for chrome://tracing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { markTime } from './appHarness'
import { startE2eServer } from '../helpers/e2eServer'
import { installOnPhone, reopenOffline } from './coldStartPhone'

interface TraceEvent { name: string, cat: string, ph: string, ts: number, dur?: number, tid: number, pid: number, args?: { data?: { url?: string } } }

const runs = Number(process.env.TRACE_RUNS ?? 3)
const path = process.argv[2] ?? '/plans'
const markOf: Record<string, string> = { '/plans': 'kf:plans-painted', '/': 'kf:home-painted' }
const parts: Record<string, string> = {
  EvaluateScript: 'eval',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  V8Compile: 'compile',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'css',
}

function summarize(events: TraceEvent[], markMs: number) {
  // The page's renderer may be another process than the one navigationStart is traced in: the mark's own
  // event gives the page's main thread, and its trace time less its startTime the navigation's.
  const mark = events.find(e => e.name === markOf[path] && e.cat.includes('user_timing'))
  if (!mark)
    throw new Error(`no ${markOf[path]} in the trace`)
  const { pid, tid } = mark
  const origin = mark.ts - markMs * 1000
  const until = origin + markMs * 1000
  const onMain = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= origin && e.ts <= until)
  const tasks = onMain.filter(e => e.name === 'RunTask' && (e.dur ?? 0) >= 5000)
  const totals: Record<string, number> = {}
  for (const task of tasks) {
    const inside = onMain.filter(e => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0))
    const byPart: Record<string, number> = {}
    // Outermost events of each kind only: a FunctionCall inside an EvaluateScript counts once.
    const counted: TraceEvent[] = []
    for (const e of inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
      const part = parts[e.name]
      if (!part || counted.some(c => e.ts >= c.ts && e.ts + (e.dur ?? 0) <= c.ts + (c.dur ?? 0) && parts[c.name] === part))
        continue
      counted.push(e)
      byPart[part] = (byPart[part] ?? 0) + (e.dur ?? 0) / 1000
    }
    const url = inside.find(e => e.name === 'EvaluateScript' || e.name === 'FunctionCall')?.args?.data?.url ?? ''
    const label = Object.entries(byPart).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')
    console.log(`${((task.ts - origin) / 1000).toFixed(0).padStart(6)} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${label}  ${url.replace(/^https?:\/\/[^/]+/, '')}`)
    for (const [k, v] of Object.entries(byPart))
      totals[k] = (totals[k] ?? 0) + v
  }
  console.log(`  totals to the mark: ${Object.entries(totals).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`)
}

async function main() {
  const server = await startE2eServer(process.env.BENCH_DIST)
  const dir = mkdtempSync(join(tmpdir(), 'kaifangri-trace-'))
  try {
    await installOnPhone(dir, server.url)
    for (let run = 0; run < runs; run++) {
      const { context, page, cdp } = await reopenOffline(dir)
      const events: TraceEvent[] = []
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
      const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
      await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,blink.user_timing,v8.execute,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
      await page.goto(`${server.url}${path}`)
      const at = await markTime(page, markOf[path])
      await cdp.send('Tracing.end')
      await done
      writeFileSync(`/tmp/cold-trace${path.replace(/\//g, '_')}${run ? `-${run + 1}` : ''}.json`, JSON.stringify({ traceEvents: events }))
      console.log(`\nrun ${run + 1}: ${path} painted at ${Math.round(at)} ms`)
      summarize(events, at)
      await context.close()
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
    await server.close()
  }
}

void main()
