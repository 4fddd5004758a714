/// <reference lib="dom" />
// Where a tick's time goes (issue 13): the same ticks as appTick, with every IndexedDB transaction
// of the page logged (stores, mode, created, first request answered, committed) and, for each tick,
// the transactions that held its stores when it was opened, and the main thread's busy time between
// the tap and the commit (a DevTools trace). `npx tsx tests/bench/profileTick.ts [rate]`, BENCH_DIST.
import { writeFileSync } from 'node:fs'
import { median, percentile } from './appHarness'
import { openTaskToTick, staff, ticks } from './appTick'
import { launchChromium } from '../helpers/e2eBrowser'
import { installedPhone } from '../helpers/e2ePhones'
import { startE2eSyncServer } from '../helpers/e2eSyncServer'

const rate = Number(process.argv[2] ?? 4)

interface TxLog { id: number, stores: string[], mode: string, created: number, firstAnswer?: number, requests: Array<[string, number, number?]>, ended?: number, how?: string }

// Runs in the page before the app: every transaction and every request on it, timed.
function instrument() {
  const logs: TxLog[] = []
  ;(window as unknown as { txLogs: TxLog[] }).txLogs = logs
  const open = IDBDatabase.prototype.transaction
  const byTx = new WeakMap<IDBTransaction, TxLog>()
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = open.call(this, stores, mode, options)
    const log: TxLog = { id: logs.length, stores: [stores].flat(), mode: mode ?? 'readonly', created: performance.now(), requests: [] }
    logs.push(log)
    byTx.set(tx, log)
    tx.addEventListener('complete', () => {
      log.ended = performance.now()
      log.how = 'complete'
    })
    tx.addEventListener('abort', () => {
      log.ended = performance.now()
      log.how = 'abort'
    })
    return tx
  } as typeof open
  for (const method of ['get', 'getAll', 'put', 'add', 'delete', 'count', 'openCursor', 'getAllKeys', 'openKeyCursor', 'clear'] as const) {
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, unknown>>) {
      const original = proto[method] as ((...args: unknown[]) => IDBRequest) | undefined
      if (!original)
        continue
      proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args)
        const store = 'objectStore' in this ? this.objectStore : this
        const log = byTx.get(store.transaction)
        if (log) {
          const entry: [string, number, number?] = [`${method} ${this.name}`, performance.now()]
          log.requests.push(entry)
          request.addEventListener('success', () => {
            entry[2] = performance.now()
            log.firstAnswer ??= entry[2]
          })
        }
        return request
      }
    }
  }
}

async function main() {
  const server = await startE2eSyncServer([staff], { reopenPastPlans: true, staticDir: process.env.BENCH_DIST })
  const browser = await launchChromium()
  const { page } = await installedPhone(browser, server.url, staff, { prepare: context => context.addInitScript(instrument) })
  try {
    const box = await openTaskToTick(page, server.url)
    const cdp = await page.context().newCDPSession(page)
    const series = async () => {
      for (let i = 0; i < ticks; i++) {
        const before = (await page.evaluate(() => performance.getEntriesByName('kf:progress-durable').length))
        await box.click()
        await page.waitForFunction(n => performance.getEntriesByName('kf:progress-durable').length > n, before)
      }
    }
    if (process.env.WARM)
      await series()
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    const events: Array<{ name: string, ph: string, ts: number, dur?: number, tdur?: number, tid: number, pid: number, args?: unknown }> = []
    cdp.on('Tracing.dataCollected', (data) => {
      events.push(...data.value as unknown as typeof events)
    })
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' })
    const logStart = await page.evaluate(() => (window as unknown as { txLogs: unknown[] }).txLogs.length)
    // The trace's clock against the page's: one mark seen by both.
    const anchor = await page.evaluate(() => performance.mark('kf:trace-anchor').startTime)
    // NO_CPU_PROFILE=1: without the sampling profiler's own cost, for the main thread's CPU time below.
    const profiling = !process.env.NO_CPU_PROFILE
    if (profiling) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    await series()
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop')
      writeFileSync('/tmp/tick.cpuprofile', JSON.stringify(profile))
    }
    const ended = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await ended
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const { logs, taps, saved } = await page.evaluate(count => ({
      logs: (window as unknown as { txLogs: TxLog[] }).txLogs,
      taps: (window as unknown as { taps: number[] }).taps.slice(-count),
      saved: performance.getEntriesByName('kf:progress-durable').slice(-count).map(e => ({ start: e.startTime, end: e.startTime + e.duration })),
    }), ticks)
    writeFileSync('/tmp/tick-trace.json', JSON.stringify({ traceEvents: events }))
    writeFileSync('/tmp/tick-data.json', JSON.stringify({ anchor, logs: logs.slice(logStart), taps, saved }))
    // The renderer's main thread: the one with the most timeline tasks.
    const tasks = events.filter(e => e.name === 'RunTask' && e.ph === 'X')
    const anchorEvent = events.find(e => e.name === 'kf:trace-anchor')!
    const mainThread = anchorEvent
    const mainTasks = tasks.filter(t => mainThread && t.pid === mainThread.pid && t.tid === mainThread.tid)
    const toPage = (ts: number) => (ts - anchorEvent.ts) / 1000 + anchor
    const busyIn = (from: number, to: number, name = 'RunTask') => events.filter(e => e.ph === 'X' && e.name === name && mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid)
      .reduce((sum, t) => sum + Math.max(0, Math.min(to, toPage(t.ts + t.dur!)) - Math.max(from, toPage(t.ts))), 0)
    const mine = logs.slice(logStart)
    const rows: string[] = []
    const tickTxs = mine.filter(l => l.mode === 'readwrite' && l.stores.includes('progress') && l.stores.includes('outbox'))
    for (let i = 0; i < taps.length; i++) {
      const tap = taps[i]
      const tx = tickTxs.find(l => l.created >= tap && l.created <= saved[i].end)
      if (!tx) {
        rows.push(`tick ${i}: no transaction found`)
        continue
      }
      const holding = mine.filter(l => l !== tx && l.created < tx.created && (l.ended ?? Infinity) > tx.created && l.stores.some(s => tx.stores.includes(s)))
      const put = tx.requests.find(r => r[0].startsWith('put'))
      rows.push(`tick ${String(i).padStart(2)}: total ${(saved[i].end - tap).toFixed(1).padStart(6)} | tap→change ${(saved[i].start - tap).toFixed(1)} change→tx ${(tx.created - saved[i].start).toFixed(1)} tx→1st answer ${((tx.firstAnswer ?? Number.NaN) - tx.created).toFixed(1)} →put ${((put?.[1] ?? Number.NaN) - (tx.firstAnswer ?? Number.NaN)).toFixed(1)} put→complete ${((tx.ended ?? Number.NaN) - (put?.[1] ?? Number.NaN)).toFixed(1)} | main busy tap→tx ${busyIn(tap, tx.created).toFixed(1)} tx→1st ${busyIn(tx.created, tx.firstAnswer ?? tx.created).toFixed(1)} 1st→end ${busyIn(tx.firstAnswer ?? tx.created, tx.ended ?? tx.created).toFixed(1)} | held by: ${holding.map(h => `${h.mode[4] === 'w' ? 'rw' : 'r'}[${h.stores.join(',')}] from ${(h.created - tx.created).toFixed(1)} to +${((h.ended ?? Number.NaN) - tx.created).toFixed(1)} ${h.requests.map(r => r[0]).slice(0, 4).join(' ')}`).join('; ') || '-'}`)
    }
    console.log(rows.join('\n'))
    const totals = saved.map((s, i) => s.end - taps[i])
    // The main thread's own CPU time (not the wall time the machine's load stretches) from the first
    // tap to the last save, per tick: the work a tick brings, screen updates included.
    const seriesStart = taps[0]
    const seriesEnd = saved.at(-1)!.end
    const inSeries = mainTasks.filter(t => toPage(t.ts) >= seriesStart - 50 && toPage(t.ts) <= seriesEnd)
    const cpuPerTick = inSeries.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000 / taps.length
    console.log(`\nat ${rate}×: median ${median(totals).toFixed(1)} p95 ${percentile(totals, 95).toFixed(1)}; main thread tasks in series ${mainTasks.length}, their CPU time per tick ${cpuPerTick.toFixed(1)} ms`)
    // Every transaction in the series, in order, for reading by eye.
    writeFileSync('/tmp/tick-tx.txt', mine.map(l => `${l.created.toFixed(1)} ${(l.firstAnswer ?? Number.NaN).toFixed(1)} ${(l.ended ?? Number.NaN).toFixed(1)} ${l.mode} [${l.stores.join(',')}] ${l.requests.map(r => r[0]).join(' ')}`).join('\n'))
  }
  finally {
    await browser.close()
    await server.close()
  }
}

await main()
