// A first visit's long tasks, as Lighthouse counts them for total blocking time: a fresh profile,
// online, 4× CPU, each main-thread task over 50 ms with the source files its time went to (through
// the build's source maps). Build with `npx vite build --sourcemap true --outDir /tmp/distmap`, then
// `BENCH_DIST=/tmp/distmap npx tsx tests/bench/profileFirstVisit.ts /feedback /plans`.
import { startE2eServer } from '../helpers/e2eServer'
import { traceFirstVisit } from './firstVisitTrace'
import { type CallFrame, originalOf, profiledDist } from './profileSources'

interface TraceEvent { name: string, ph: string, ts: number, dur?: number, tid: number, pid: number, args?: { data?: { frame?: string } } }

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/feedback']
const settleMs = Number(process.env.PROFILE_SETTLE_MS ?? 8000)

function sourceOf(frame: CallFrame): string {
  const { asset, position } = originalOf(frame)
  if (!asset)
    return frame.url ? `(other) ${frame.url.replace(/^https?:\/\/[^/]+/, '')}` : `(native) ${frame.functionName || '?'}`
  return position ? `${position.source.replace(/^(\.\.\/)+/, '')}${process.env.PROFILE_FUNCTIONS ? ` ${position.name ?? frame.functionName}` : ''}` : asset
}

async function profileOnce(url: string, path: string) {
  const { events, profile } = await traceFirstVisit<TraceEvent>(url, path, { cpu: 4, samplingInterval: 200, categories: 'devtools.timeline,disabled-by-default-devtools.timeline', settleMs })
  // The renderer's main thread: where the page's CommitLoad / ParseHTML ran.
  const main = events.find(e => e.name === 'ParseHTML') ?? events.find(e => e.name === 'TracingStartedInBrowser')!
  const tasks = events.filter(e => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && (e.dur ?? 0) > 50_000)
  const navigation = events.find(e => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? tasks[0]?.ts ?? 0
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const sampleTimes: number[] = []
  let time = profile.startTime
  for (const delta of profile.timeDeltas) {
    time += delta
    sampleTimes.push(time)
  }
  let total = 0
  const lines: string[] = []
  for (const task of tasks) {
    const end = task.ts + task.dur!
    total += task.dur! / 1000 - 50
    const bySource = new Map<string, number>()
    for (let i = 0; i < sampleTimes.length; i++) {
      if (sampleTimes[i] < task.ts || sampleTimes[i] > end)
        continue
      const key = sourceOf(byId.get(profile.samples[i])!.callFrame)
      bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000)
    }
    const top = [...bySource].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 6))
    lines.push(`  ${Math.round(task.dur! / 1000)} ms at ${Math.round((task.ts - navigation) / 1000)}: ${top.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`)
  }
  console.log(`${path}: ${tasks.length} tasks over 50 ms, blocking ${Math.round(total)} ms`)
  lines.forEach(line => console.log(line))
}

async function main() {
  const server = await startE2eServer(profiledDist)
  try {
    for (const path of paths) {
      for (let run = 0; run < Number(process.env.PROFILE_RUNS ?? 1); run++)
        await profileOnce(server.url, path)
    }
  }
  finally {
    await server.close()
  }
}

void main()
