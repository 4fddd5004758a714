// The real server for the convergence test, reached in-process through inject() by a
// fetch that can lose requests, lose answers, send twice or crash the server mid-batch.
import { AsyncLocalStorage } from 'node:async_hooks'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/server/app'
import { diskPhotoStorage, type PhotoStorage } from '../../src/server/photos/storage'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

export type Fault = 'none' | 'request-lost' | 'response-lost' | 'duplicated' | 'crash-mid-batch'

export interface ServerUnderTest {
  tdb: TestDatabase
  photos: PhotoStorage
  /** How many times a crash made the server start again. */
  restarts: () => number
  /** A fetch for one device; `nextFault` decides what happens to each request. */
  fetchFor: (nextFault: () => Fault) => (input: string, init?: RequestInit) => Promise<Response>
  close: () => Promise<void>
}

async function payloadOf(body: RequestInit['body']): Promise<string | Buffer | undefined> {
  if (body === undefined || body === null || typeof body === 'string')
    return body ?? undefined
  if (body instanceof Blob)
    return Buffer.from(await body.arrayBuffer())
  throw new Error(`unexpected request body ${Object.prototype.toString.call(body)}`)
}

export async function startServerUnderTest(clock: () => number): Promise<ServerUnderTest> {
  const tdb = await createTestDatabase()
  const photos = diskPhotoStorage(join(tdb.dir, 'photos'))
  // A crash inside the push transaction, after the records are staged and before versions are
  // taken, of the one request that asked for it (others may be in flight at the same time).
  const crashing = new AsyncLocalStorage<boolean>()
  const writeHooks = {
    beforeVersions: async () => {
      if (crashing.getStore())
        throw new Error('simulated crash mid-batch')
    },
  }
  const start = () => buildApp({ database: tdb.database, photos, clock, writeHooks, loginRateLimit: { max: 10_000, timeWindowMs: 60_000 } })
  let app: FastifyInstance = await start()
  const retired: FastifyInstance[] = []
  let restarts = 0

  async function forward(input: string, init: RequestInit): Promise<Response> {
    const url = new URL(input, 'http://server.test')
    const headers = Object.fromEntries(new Headers(init.headers).entries())
    const reply = await app.inject({ method: (init.method ?? 'GET') as 'GET', url: url.pathname + url.search, headers, payload: await payloadOf(init.body) })
    const empty = reply.statusCode === 204 || init.method === 'HEAD'
    return new Response(empty ? null : new Uint8Array(reply.rawPayload), { status: reply.statusCode, headers: reply.headers as Record<string, string> })
  }

  return {
    tdb,
    photos,
    restarts: () => restarts,
    fetchFor: nextFault => async (input, init = {}) => {
      const fault = nextFault()
      if (fault === 'request-lost')
        throw new TypeError('fetch failed: the request was lost')
      if (fault === 'response-lost') {
        await forward(input, init)
        throw new TypeError('fetch failed: the answer was lost')
      }
      if (fault === 'duplicated') {
        // Both copies race on the server; the device hears the second answer.
        const [, second] = await Promise.all([forward(input, init), forward(input, init)])
        return second
      }
      if (fault === 'crash-mid-batch' && input.includes('/api/sync/push')) {
        await crashing.run(true, () => forward(input, init))
        // The process died: nobody answers, and the next request meets a fresh instance.
        retired.push(app)
        app = await start()
        restarts++
        throw new TypeError('fetch failed: the server went away')
      }
      return forward(input, init)
    },
    async close() {
      await Promise.all([app, ...retired].map(a => a.close()))
      await tdb.drop()
    },
  }
}
