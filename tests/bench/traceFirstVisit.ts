// A first visit as Lighthouse observes it before simulating a phone: a fresh profile, online, CPU not
// throttled (TRACE_CPU=4 to throttle), every main-thread task over TRACE_MIN_MS (default 10: Lighthouse
// scales each by 4, so one over 12.5 ms is a long task) with what it spent its time on.
// `BENCH_DIST=/tmp/dist npx tsx tests/bench/traceFirstVisit.ts /events` (TRACE_RUNS: runs).
import { startE2eServer } from '../helpers/e2eServer'
import { traceFirstVisit } from './firstVisitTrace'
import { frameLabel } from './profileSources'

interface TraceEvent { name: string, cat: string, ph: string, ts: number, dur?: number, tdur?: number, tid: number, pid: number, args?: { data?: Record<string, unknown>, beginData?: Record<string, unknown> } }

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/events']
const minMs = Number(process.env.TRACE_MIN_MS ?? 10)
const cpu = Number(process.env.TRACE_CPU ?? 1)
const settleMs = Number(process.env.TRACE_SETTLE_MS ?? 8000)

const file = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js')

function label(event: TraceEvent): string {
  const data = event.args?.data ?? event.args?.beginData ?? {}
  if (event.name === 'EvaluateScript' || event.name === 'v8.compileModule' || event.name === 'v8.evaluateModule')
    return `${event.name}(${file(data.url ?? (event.args as Record<string, unknown>)?.fileName)})`
  if (event.name === 'FunctionCall')
    return `FunctionCall(${file(data.url)}:${String(data.functionName ?? '')})`
  if (event.name === 'TimerFire' || event.name === 'EventDispatch' || event.name === 'ResourceReceivedData')
    return `${event.name}${data.type ? `(${String(data.type)})` : ''}`
  return event.name
}

async function traceOnce(url: string, path: string) {
  const { events, profile } = await traceFirstVisit<TraceEvent>(url, path, { cpu, samplingInterval: 100, categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', settleMs })
  const main = events.find(e => e.name === 'ParseHTML')!
  const onMain = events.filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const navigation = events.find(e => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? main.ts
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? [])
      parentOf.set(child, node.id)
  }
  // Thread time, not wall time: on a machine others load, a task's wall time counts the time its
  // thread waited for a core; what the page itself spent is steadier.
  const cpuMs = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000
  const tasks = onMain.filter(e => e.name === 'RunTask' && cpuMs(e) >= minMs)
  let blocking = 0
  let all = 0
  let wall = 0
  for (const e of onMain.filter(e => e.name === 'RunTask' && e.ts > navigation)) {
    all += cpuMs(e)
    wall += e.dur! / 1000
    blocking += Math.max(0, cpuMs(e) * (4 / cpu) - 50)
  }
  console.log(`${path}: ${tasks.length} tasks ≥ ${minMs} ms CPU; all tasks ${all.toFixed(0)} ms CPU (${wall.toFixed(0)} wall); blocking as 4× of the CPU times ${blocking.toFixed(0)} ms`)
  for (const task of tasks) {
    const end = task.ts + task.dur!
    // Direct children only, by label: the task's parts.
    const inside = onMain.filter(e => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e.name !== 'RunTask')
    const parts = new Map<string, number>()
    for (const e of inside) {
      const enclosing = inside.some(o => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!)
      if (!enclosing)
        parts.set(label(e), (parts.get(label(e)) ?? 0) + e.dur! / 1000)
    }
    const bySource = new Map<string, number>()
    let sampleAt = profile.startTime
    for (let i = 0; i < profile.samples.length; i++) {
      sampleAt += profile.timeDeltas[i]
      if (sampleAt < task.ts || sampleAt > end)
        continue
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
      if (process.env.TRACE_INCLUSIVE) {
        // Every app function on the sample's stack, once: which of the app's calls the task went to.
        const seen = new Set<string>()
        for (let at: number | undefined = profile.samples[i]; at !== undefined; at = parentOf.get(at)) {
          const key = frameLabel(byId.get(at)!.callFrame)
          if ((key.startsWith('src/') || key.includes('vant/es') || key.includes('vue-router')) && !seen.has(key)) {
            seen.add(key)
            bySource.set(key, (bySource.get(key) ?? 0) + ms)
          }
        }
        continue
      }
      const key = frameLabel(byId.get(profile.samples[i])!.callFrame).replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/\S*/, '$1')
      bySource.set(key, (bySource.get(key) ?? 0) + ms)
    }
    const sources = [...bySource].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 6))
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 6))
    console.log(`  ${cpuMs(task).toFixed(1)} ms CPU (${(task.dur! / 1000).toFixed(0)} wall) at ${((task.ts - navigation) / 1000).toFixed(0)}: ${top.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')}`)
    console.log(`      ${sources.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')}`)
  }
}

async function main() {
  const server = await startE2eServer(process.env.BENCH_DIST)
  try {
    for (const path of paths) {
      for (let run = 0; run < Number(process.env.TRACE_RUNS ?? 1); run++)
        await traceOnce(server.url, path)
    }
  }
  finally {
    await server.close()
  }
}

void main()
