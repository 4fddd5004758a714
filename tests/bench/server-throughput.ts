// `npm run bench:server`: 50 phones of different units push 100-mutation batches at once to a
// real server process over loopback HTTP, for a bounded time; mutations/s and latency.
// BENCH_SECONDS (default 15) sets each phase's length, BENCH_ENGINE=sqlite|postgres runs one engine.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import type { Engine } from '../../src/server/db/connect'
import type { PushResponse } from '../../src/shared/sync/protocol'
import { uuidv7 } from '../../src/shared/ids'
import { availableEngines, busyUnits, createStaff, percentile, progressEdit, seededDatabase, signIn, type Subject } from './serverBenchSetup'

const clients = 50
const batchSize = 100
const durationMs = Number(process.env.BENCH_SECONDS ?? 15) * 1000
const maxBatchesPerClient = 2000

/** The real entry point in its own process, as production runs it. */
async function startServerProcess(databaseUrl: string, dir: string): Promise<{ url: string, child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, PHOTO_DIR: join(dir, 'photos'), STATIC_DIR: join(dir, 'none'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        // Keep draining its request logs, or the pipe would fill and stall the server.
        child.stdout!.off('data', read).resume()
        resolve(match[1])
      }
    }
    child.stdout!.on('data', read)
    child.once('exit', code => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { url, child }
}

interface Phone { username: string, unit: string, subjects: Subject[], token: string }

interface LoadResult { seconds: number, acknowledged: number, latencies: number[], failures: number, counts: Record<string, number> }

/**
 * Every phone pushes for `durationMs`: back to back when `intervalMs` is null (saturation), or one
 * push per interval (an offered rate). Latency runs from when a push was due, so a server that
 * falls behind is not flattered by pushes that simply went out late.
 */
async function load(url: string, phones: Phone[], durationMs: number, intervalMs: number | null): Promise<LoadResult> {
  const result: LoadResult = { seconds: 0, acknowledged: 0, latencies: [], failures: 0, counts: {} }
  const began = performance.now()
  const deadline = began + durationMs
  await Promise.all(phones.map(async (phone) => {
    const clientId = uuidv7()
    let seq = 0
    let due = began + (intervalMs ? Math.random() * intervalMs : 0)
    for (let batch = 0; batch < maxBatchesPerClient; batch++) {
      if (intervalMs)
        await new Promise(resolve => setTimeout(resolve, Math.max(0, due - performance.now())))
      if (performance.now() >= deadline)
        break
      const intended = intervalMs ? due : performance.now()
      due += intervalMs ?? 0
      const now = Date.now()
      const mutations = Array.from({ length: batchSize }, (_, i) => progressEdit(++seq, phone.unit, phone.subjects[(seq * 7 + i) % phone.subjects.length], now - batchSize + i))
      const response = await fetch(`${url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${phone.token}` },
        body: JSON.stringify({ clientId, sentAt: now, mutations }),
      })
      if (!response.ok) {
        result.failures++
        await response.text()
        continue
      }
      for (const r of ((await response.json()) as PushResponse).results)
        result.counts[r.status] = (result.counts[r.status] ?? 0) + 1
      result.latencies.push(performance.now() - intended)
    }
  }))
  result.seconds = (performance.now() - began) / 1000
  result.acknowledged = Object.values(result.counts).reduce((a, b) => a + b, 0)
  return result
}

function describe(label: string, r: LoadResult, paced: boolean): string {
  // A paced run counts over the window in which pushes were due, not diluted by its last wait.
  const window = paced ? durationMs / 1000 : r.seconds
  return `  ${label}: ${Math.round(r.acknowledged / window)} mutations/s over ${window.toFixed(1)} s (${r.latencies.length} pushes;`
    + ` latency p50 ${percentile(r.latencies, 50).toFixed(0)} ms, p95 ${percentile(r.latencies, 95).toFixed(0)} ms, max ${percentile(r.latencies, 100).toFixed(0)} ms;`
    + ` failed ${r.failures}; ${JSON.stringify(r.counts)})`
}

async function run(engine: Engine, targetRate: number) {
  const { tdb, plans } = await seededDatabase(engine)
  const units = busyUnits(plans)
  const accounts = Array.from({ length: clients }, (_, i) => ({ username: `phone${i}`, ...units[i % units.length] }))
  for (const account of accounts)
    await createStaff(tdb, account.unit, account.username)
  await tdb.database.close()
  const server = await startServerProcess(tdb.url, tdb.dir)
  try {
    const phones = await Promise.all(accounts.map(async a => ({ ...a, token: await signIn(server.url, a.username) })))
    console.log(`${engine}: ${clients} phones of ${new Set(accounts.map(a => a.unit)).size} units, ${batchSize}-mutation pushes`)
    console.log(describe('saturation (back to back)', await load(server.url, phones, durationMs, null), false))
    const intervalMs = (clients * batchSize / targetRate) * 1000
    console.log(describe(`offered ${targetRate}/s (each phone every ${(intervalMs / 1000).toFixed(1)} s)`, await load(server.url, phones, durationMs, intervalMs), true))
  }
  finally {
    server.child.kill('SIGTERM')
    await new Promise(resolve => server.child.once('exit', resolve))
    await tdb.drop()
  }
}

console.log(`Server throughput (targets: ≥ 2,000 mutations/s on SQLite, ≥ 1,000 on PostgreSQL, p95 of a ${batchSize}-mutation push ≤ 200 ms)`)
const only = process.env.BENCH_ENGINE
for (const engine of await availableEngines()) {
  if (!only || only === engine)
    await run(engine, engine === 'sqlite' ? 2000 : 1000)
}
