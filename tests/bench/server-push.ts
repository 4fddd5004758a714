// `npm run bench:push`: one phone comes back online with 5,000 queued edits and pushes them in
// the batches the sync engine sends (200), each after the previous answer, over loopback HTTP.
import { join } from 'node:path'
import type { PushResponse } from '../../src/shared/sync/protocol'
import { buildApp } from '../../src/server/app'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { uuidv7 } from '../../src/shared/ids'
import { availableEngines, busyUnits, createStaff, percentile, progressEdit, seededDatabase, signIn } from './serverBenchSetup'

const queued = 5000
const batchSize = 200

async function run(engine: 'sqlite' | 'postgres') {
  const { tdb, plans } = await seededDatabase(engine)
  const app = await buildApp({ database: tdb.database, photos: diskPhotoStorage(join(tdb.dir, 'photos')), loginRateLimit: { max: 1000, timeWindowMs: 60_000 } })
  try {
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
    const [{ unit, subjects }] = busyUnits(plans)
    await createStaff(tdb, unit, 'phone')
    const token = await signIn(baseUrl, 'phone')
    const clientId = uuidv7()
    // Edits made over two days offline, oldest first.
    const start = Date.now() - 2 * 24 * 3600_000
    const outbox = Array.from({ length: queued }, (_, i) => progressEdit(i + 1, unit, subjects[(i * 7) % subjects.length], start + i * 30_000))

    const latencies: number[] = []
    const counts: Record<string, number> = {}
    const began = performance.now()
    for (let i = 0; i < outbox.length; i += batchSize) {
      const sent = performance.now()
      const response = await fetch(`${baseUrl}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ clientId, sentAt: Date.now(), mutations: outbox.slice(i, i + batchSize) }),
      })
      if (!response.ok)
        throw new Error(`push failed: ${response.status} ${await response.text()}`)
      for (const r of ((await response.json()) as PushResponse).results)
        counts[r.status] = (counts[r.status] ?? 0) + 1
      latencies.push(performance.now() - sent)
    }
    const total = performance.now() - began
    console.log(`${engine.padEnd(8)} ${queued} mutations in ${latencies.length} batches of ${batchSize}: ${(total / 1000).toFixed(2)} s total`
      + ` (${Math.round(queued / (total / 1000))}/s; batch p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms)`
      + ` unit ${unit}, ${subjects.length} items; results ${JSON.stringify(counts)}`)
  }
  finally {
    await app.close()
    await tdb.drop()
  }
}

console.log(`Push of ${queued} queued mutations from one device (goal ≤ 5 s on loopback)`)
for (const engine of await availableEngines())
  await run(engine)
