/// <reference lib="dom" />
// Where a tab switch's time goes, from the tap to the painted screen: a CPU profile (mapped through
// the build's source maps) and the trace's main-thread work by kind (script, style, layout, paint,
// compile), for the same signed-in phone as appTabs.ts. Build with
// `npx vite build --sourcemap true --outDir /tmp/distmap`, then
// `BENCH_DIST=/tmp/distmap npx tsx tests/bench/profileTabSwitch.ts`.
import type { CDPSession, Page } from 'playwright-core'
import { median } from './appHarness'
import { push, quiet, staff, tapToMark, unitEvents } from './appTabs'
import { syntheticFeedback } from './feedbackSeed'
import { frameLabel, type Profile, profiledDist } from './profileSources'
import { launchChromium } from '../helpers/e2eBrowser'
import { installedPhone } from '../helpers/e2ePhones'
import { startE2eSyncServer } from '../helpers/e2eSyncServer'

interface TraceEvent { name: string, ph: string, ts: number, dur?: number, tdur?: number, tid: number, pid: number, args?: { data?: { type?: string } } }

const dist = profiledDist
const runs = Number(process.env.PROFILE_RUNS ?? 3)
// PROFILE_SAMPLING=0: the trace alone, without the sampling profiler's own cost, for comparing builds.
const sampling = process.env.PROFILE_SAMPLING !== '0'
/** Main-thread CPU time (the trace's thread time) from tap to paint, by screen: less swayed by a busy machine than wall time. */
const cpuTimes = new Map<string, number[]>()
const sourceOf = frameLabel

/** Names of the trace's main-thread slices whose own time is counted by kind. */
const kinds = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest', 'EventDispatch', 'v8.run', 'ScheduleStyleRecalculation']

async function profileTap(page: Page, cdp: CDPSession, selector: string, mark: string, label = mark): Promise<string[]> {
  const events: TraceEvent[] = []
  const onData = ({ value }: { value: unknown }) => events.push(...value as TraceEvent[])
  cdp.on('Tracing.dataCollected', onData)
  const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' })
  if (sampling)
    await cdp.send('Profiler.start')
  const ms = await tapToMark(page, cdp, selector, mark)
  const { profile } = sampling ? await cdp.send('Profiler.stop') as { profile: Profile } : { profile: { nodes: [], startTime: 0, endTime: 0, samples: [], timeDeltas: [] } }
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData)
  // From the click's dispatch to the mark: what the screen did before it was on screen.
  const click = events.find(e => e.name === 'EventDispatch' && e.args?.data?.type === 'click')!
  const shown = events.filter(e => e.name === mark).at(-1)!
  const within = (e: TraceEvent) => e.pid === click.pid && e.tid === click.tid && e.ph === 'X' && e.ts >= click.ts && e.ts < shown.ts
  const byKind = new Map<string, number>()
  const tasks = events.filter(e => within(e) && e.name === 'RunTask')
  for (const e of events.filter(e => within(e) && kinds.includes(e.name)))
    byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const bySource = new Map<string, number>()
  let time = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]
    if (time < click.ts || time > shown.ts)
      continue
    const key = sourceOf(byId.get(profile.samples[i])!.callFrame)
    bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000)
  }
  // The sequence: each task over 4 ms from the click, with the functions its samples fell in.
  const sampleAt: Array<[number, string]> = []
  let at = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]
    sampleAt.push([at, sourceOf(byId.get(profile.samples[i])!.callFrame)])
  }
  const timeline = tasks.filter(t => (t.dur ?? 0) > 4000).map((t) => {
    const here = new Map<string, number>()
    for (const [time, key] of sampleAt) {
      if (time >= t.ts && time <= t.ts + t.dur! && !key.includes('(program)') && !key.includes('(idle)'))
        here.set(key, (here.get(key) ?? 0) + 1)
    }
    const top = [...here].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${k.replace(/^(src|node_modules)\//, '')} ${n}`)
    return `    +${Math.round((t.ts - click.ts) / 1000)} ${Math.round(t.dur! / 1000)} ms: ${top.join('; ')}`
  })
  // Every kind of slice inside the long tasks, for a task whose time is none of the usual kinds.
  const inLong = new Map<string, number>()
  for (const t of tasks.filter(t => (t.dur ?? 0) > 30_000)) {
    for (const e of events.filter(e => within(e) && e.name !== 'RunTask' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!))
      inLong.set(e.name, (inLong.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  }
  const busy = tasks.reduce((sum, t) => sum + (t.dur ?? 0) / 1000, 0)
  const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0)
  cpuTimes.set(label, [...(cpuTimes.get(label) ?? []), cpu])
  const long = tasks.filter(t => (t.dur ?? 0) > 50_000).map(t => Math.round(t.dur! / 1000))
  return [
    `${mark} ${Math.round(ms)} ms; main-thread tasks ${Math.round(busy)} ms, CPU ${Math.round(cpu)} ms (over 50 ms: ${long.join(', ') || 'none'})`,
    ...(process.env.PROFILE_TIMELINE ? timeline : []),
    ...(process.env.PROFILE_SLICES ? [`  slices in tasks over 30 ms: ${[...inLong].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`] : []),
    `  by kind (inclusive): ${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`,
    `  by function (self): ${[...bySource].filter(([k]) => !k.includes('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 14)).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`,
  ]
}

async function main() {
  const server = await startE2eSyncServer([staff], { staticDir: dist })
  const browser = await launchChromium()
  try {
    const token = await server.token(staff)
    await push(server.url, token, [...unitEvents(24), ...syntheticFeedback(300, 13, staff.unit).map((item): [string, { id: string }] => ['feedback', item])])
    const { page, context } = await installedPhone(browser, server.url, staff)
    await page.goto(`${server.url}/events`)
    await page.locator('.event-item').nth(20).waitFor({ timeout: 60_000 })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.url}/`)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.locator('.home').waitFor()
      await quiet(cdp)
      console.log((await profileTap(page, cdp, '.tabbar__item[href="/events"]', 'kf:events-shown')).join('\n'))
      await quiet(cdp)
      for (const visit of ['first', 'second']) {
        await page.locator('.event-item').first().waitFor()
        await quiet(cdp)
        console.log(`open (${visit})`)
        console.log((await profileTap(page, cdp, '.event-item', 'kf:event-shown', `kf:event-shown (${visit} open)`)).join('\n'))
        await quiet(cdp)
        await page.locator('.app-header__back').click()
      }
    }
    for (const [mark, times] of cpuTimes)
      console.log(`${mark}: main-thread CPU from tap to paint, median ${Math.round(median(times))} ms (${times.map(Math.round).join('/')})`)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

await main()
