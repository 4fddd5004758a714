/// <reference lib="dom" />
// Where the slowest of the inbox's filter changes (bench:feedback-device) goes: the same 21 changes
// over 20,000 items at 4× CPU, traced, each with its main-thread work by kind (script, style,
// layout, paint, garbage collection), the IndexedDB requests it made (a live query read again?)
// and, with PROFILE_SAMPLING=1, the functions its samples fell in. Build with
// `npx vite build --sourcemap true --outDir /tmp/distmap`, then
// `BENCH_DIST=/tmp/distmap npx tsx tests/bench/profileFeedbackFilter.ts`.
import type { CDPSession, Page } from 'playwright-core'
import { storeFeedback, syntheticFeedback } from './feedbackSeed'
import { frameLabel, type Profile, profiledDist } from './profileSources'
import { launchChromium, newPhoneContext, waitForServiceWorker } from '../helpers/e2eBrowser'
import { startE2eServer } from '../helpers/e2eServer'

interface TraceEvent { name: string, ph: string, ts: number, dur?: number, tdur?: number, tid: number, pid: number, args?: { data?: { message?: string } } }

const dist = profiledDist
const sampling = process.env.PROFILE_SAMPLING === '1'
const unit = '区建管委'
const kinds = ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase', 'CppGC.AtomicPhase', 'V8.GCIncrementalMarking', 'EventDispatch', 'HitTest']

const sourceOf = frameLabel

/**
 * PROFILE_OPEN=1: instead of the filter changes, the inbox opened from its tab as the bench does
 * (首页 settled first), traced from the tap to the first rows painted, task by task.
 */
async function profileOpen(page: Page, cdp: CDPSession, url: string) {
  for (let run = 0; run < 3; run++) {
    await page.goto(`${url}/`)
    await page.locator('.tabbar__item[href="/feedback"]').waitFor()
    await page.waitForTimeout(4000)
    const events: TraceEvent[] = []
    const onData = ({ value }: { value: unknown }) => events.push(...value as TraceEvent[])
    cdp.on('Tracing.dataCollected', onData)
    const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing', transferMode: 'ReportEvents' })
    if (sampling) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const ms = await page.evaluate(async () => {
      performance.mark('probe-open')
      const begin = performance.now()
      document.querySelector<HTMLAnchorElement>('.tabbar__item[href="/feedback"]')!.click()
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('.feedback-row')) {
            observer.disconnect()
            resolve()
          }
        })
        observer.observe(document.body, { childList: true, subtree: true })
      })
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
      performance.mark('probe-painted')
      return performance.now() - begin
    })
    const { profile } = sampling ? await cdp.send('Profiler.stop') as { profile: Profile } : { profile: null }
    await cdp.send('Tracing.end')
    await done
    cdp.off('Tracing.dataCollected', onData)
    if (profile) {
      const byId = new Map(profile.nodes.map(node => [node.id, node]))
      const bySource = new Map<string, number>()
      for (let i = 0; i < profile.samples.length; i++) {
        const key = sourceOf(byId.get(profile.samples[i])!.callFrame)
        bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000)
      }
      console.log(`  by function (self): ${[...bySource].filter(([k]) => !k.includes('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`)
    }
    const begin = events.find(e => e.name === 'probe-open')!
    const end = events.find(e => e.name === 'probe-painted')!
    const tasks = events.filter(e => e.pid === begin.pid && e.tid === begin.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= begin.ts - 1000 && e.ts < end.ts)
    const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0)
    const slices = tasks.filter(t => (t.dur ?? 0) > 8000).map((t) => {
      const inner = new Map<string, number>()
      for (const e of events.filter(e => e.tid === t.tid && e.pid === t.pid && e.ph === 'X' && e.name !== 'RunTask' && e.ts >= t.ts && e.ts < t.ts + t.dur! && kinds.concat(['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'ParseAuthorStyleSheet']).includes(e.name)))
        inner.set(e.name, (inner.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
      return `    +${Math.round((t.ts - begin.ts) / 1000)} ${Math.round(t.dur! / 1000)} ms wall ${Math.round((t.tdur ?? 0) / 1000)} CPU: ${[...inner].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`
    })
    console.log(`open ${run}: ${Math.round(ms)} ms wall, ${Math.round(cpu)} ms main-thread CPU in ${tasks.length} tasks`)
    console.log(slices.join('\n'))
  }
}

async function main() {
  const server = await startE2eServer(dist)
  const browser = await launchChromium()
  try {
    const context = await newPhoneContext(browser)
    await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    // Every IndexedDB request the page makes, counted: a filter change should make none.
    await context.addInitScript(() => {
      const counts = { requests: 0 }
      ;(window as unknown as { idbCounts: typeof counts }).idbCounts = counts
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, (...args: unknown[]) => unknown>>) {
        for (const name of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor']) {
          const original = proto[name]
          proto[name] = function (this: unknown, ...args: unknown[]) {
            counts.requests++
            return original.apply(this, args)
          }
        }
      }
    })
    const page = await context.newPage()
    await page.goto(`${server.url}/feedback/new`)
    await page.locator('.quick-form').waitFor()
    await waitForServiceWorker(page)
    await storeFeedback(page, syntheticFeedback(20_000, 7, unit))
    await page.goto(`${server.url}/feedback`)
    await page.locator('.feedback-page__count').waitFor({ timeout: 120_000 })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.waitForTimeout(3000)

    if (process.env.PROFILE_OPEN) {
      await profileOpen(page, cdp, server.url)
      return
    }
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', ({ value }: { value: unknown }) => events.push(...value as TraceEvent[]))
    const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,disabled-by-default-v8.gc,blink.user_timing,blink_gc', transferMode: 'ReportEvents' })
    if (sampling) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const changes: Array<[string, string]> = [['按主题筛选', '交通出行'], ['按状态筛选', '已登记'], ['按主题筛选', '生态环境'], ['按期限筛选', '已逾期'], ['按主题筛选', '全部主题'], ['按状态筛选', '全部状态'], ['按期限筛选', '全部期限']]
    const rows: Array<{ label: string, ms: number, requests: number }> = []
    let n = 0
    for (let round = 0; round < 3; round++) {
      for (const [label, value] of changes) {
        const result = await page.evaluate(async ([name, chosen, i]) => {
          const select = Array.from(document.querySelectorAll('label')).find(l => l.textContent?.includes(name))!.querySelector('select')!
          const counts = (window as unknown as { idbCounts: { requests: number } }).idbCounts
          const before = counts.requests
          performance.mark(`probe-begin-${i}`)
          const begin = performance.now()
          select.value = Array.from(select.options).find(o => o.text === chosen)!.value
          select.dispatchEvent(new Event('change'))
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
          const ms = performance.now() - begin
          performance.mark(`probe-end-${i}`)
          return { ms, requests: counts.requests - before }
        }, [label, value, n] as const)
        rows.push({ label: `${label}→${value}`, ...result })
        n++
        // As in the bench: the next change follows at once (a round trip of the driver).
      }
    }
    const { profile } = sampling ? await cdp.send('Profiler.stop') as { profile: Profile } : { profile: null }
    await cdp.send('Tracing.end')
    await done

    const mark = (name: string) => events.find(e => e.name === name)
    const main = mark('probe-begin-0')!
    const byId = new Map((profile?.nodes ?? []).map(node => [node.id, node]))
    const sampleAt: Array<[number, string]> = []
    if (profile) {
      let at = profile.startTime
      for (let i = 0; i < profile.samples.length; i++) {
        at += profile.timeDeltas[i]
        sampleAt.push([at, sourceOf(byId.get(profile.samples[i])!.callFrame)])
      }
    }
    rows.forEach((row, i) => {
      const begin = mark(`probe-begin-${i}`)!.ts
      const end = mark(`probe-end-${i}`)!.ts
      const inside = events.filter(e => e.pid === main.pid && e.ph === 'X' && e.ts >= begin && e.ts < end)
      const byKind = new Map<string, number>()
      for (const e of inside.filter(e => kinds.includes(e.name) || /GC/.test(e.name)))
        byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
      const top = [...byKind].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
      // Thread time: what the main thread ran, apart from the time a busy machine kept it waiting.
      const tasks = inside.filter(e => e.name === 'RunTask' && e.tid === main.tid)
      const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0)
      const gcNames = new Map<string, number>()
      for (const e of inside.filter(e => /GC|Scaveng|MarkCompact/i.test(e.name)))
        gcNames.set(e.name, (gcNames.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
      const gc = [...gcNames].filter(([, v]) => v >= 0.3).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
      console.log(`${String(i).padStart(2)} ${row.label.padEnd(14)} ${row.ms.toFixed(0).padStart(5)} ms wall, ${cpu.toFixed(0).padStart(4)} ms main-thread CPU; IndexedDB requests ${row.requests}; ${top}${gc ? `; GC: ${gc}` : ''}`)
      if (sampleAt.length && row.ms > Number(process.env.PROFILE_SLOW ?? 60)) {
        const here = new Map<string, number>()
        for (const [time, key] of sampleAt) {
          if (time >= begin && time <= end && !key.includes('(idle)'))
            here.set(key, (here.get(key) ?? 0) + 0.2)
        }
        console.log(`     ${[...here].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`)
      }
    })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

await main()
