// An in-memory stand-in for the sync server's HTTP API, for fast engine tests. It keeps
// the protocol's promises (per-client sequence, duplicates, versions, paging) and lets a
// test decide single verdicts or fail requests. The real server is tested in tests/sync.
// Pinned to the contract (shared/api): every answer it gives, planned failures included, is
// parsed with the endpoint's response schema or the error body's, so it cannot drift from the
// server in shape or in error codes.
import type { z } from 'zod'
import type { SessionUser } from '../../../src/shared/api/auth'
import type { Endpoint } from '../../../src/shared/api/endpoint'
import type { Change, MutationResult, PushRequest } from '../../../src/shared/sync/protocol'
import { authEndpoints } from '../../../src/shared/api/auth'
import { apiErrorSchema, type ErrorCode } from '../../../src/shared/api/errors'
import { photoEndpoints } from '../../../src/shared/api/photos'
import { syncEndpoints } from '../../../src/shared/api/sync'
import { type EntityDefinition, entities } from '../../../src/shared/records'

type Failure = 'network' | { status: number, body?: unknown }

export interface FakeSyncServer {
  fetch: (input: string, init?: RequestInit) => Promise<Response>
  addUser: (username: string, password: string, unit?: string) => SessionUser
  expireSessions: () => void
  failNext: (...failures: Failure[]) => void
  /** Fails the next request to this path only. */
  failNextOn: (path: string, failure: Failure) => void
  /** Decides the result for one (clientId, seq) instead of applying it. */
  verdicts: Map<string, Omit<MutationResult, 'seq'>>
  pushes: PushRequest[]
  /** The cursor of every pull, in order. */
  pullCursors: string[]
  calls: string[]
  photos: Map<string, Blob>
  records: Map<string, Change>
  putRecord: (entity: string, id: string, data: Record<string, unknown> | null) => void
}

// Without a directory there are no organizations to tell apart: what an organization keeps goes to everyone.
const readByEveryone = (entity: string) => ['everyone', 'organization'].includes((entities as Record<string, EntityDefinition>)[entity]?.access?.read ?? 'unit')
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** A success answer, as the contract says the endpoint gives it. */
function answer<S extends z.ZodType>(endpoint: Endpoint & { response: S }, body: z.input<S>): Response {
  return json(endpoint.status, endpoint.response.parse(body))
}

/** A refusal with the body every error has; `body` lets a test shape it, but only as the server could. */
export function refusal(status: number, code: ErrorCode, message: string, body?: unknown): Response {
  return json(status, apiErrorSchema.parse(body ?? { error: { code, message } }))
}

/** The code the real server gives a planned failure of that status. */
function codeOfStatus(status: number): ErrorCode {
  if (status === 401)
    return 'unauthenticated'
  if (status === 413)
    return 'payload_too_large'
  if (status === 429)
    return 'too_many_requests'
  return status >= 500 ? 'internal' : 'bad_request'
}

export function fakeSyncServer(): FakeSyncServer {
  const users = new Map<string, { password: string, user: SessionUser }>()
  const tokens = new Map<string, SessionUser>()
  const lastSeq = new Map<string, number>()
  const records = new Map<string, Change>()
  const failures: Failure[] = []
  const failuresByPath = new Map<string, Failure>()
  let version = 0
  let tokenCount = 0

  const server: FakeSyncServer = {
    verdicts: new Map(),
    pushes: [],
    pullCursors: [],
    calls: [],
    photos: new Map(),
    records,
    addUser(username, password, unit = '区政府办公室') {
      const user: SessionUser = { id: `user-${username}`, username, displayName: username.toUpperCase(), unit, role: 'staff' }
      users.set(username, { password, user })
      return user
    },
    expireSessions: () => tokens.clear(),
    failNext: (...next) => failures.push(...next),
    failNextOn: (path, failure) => failuresByPath.set(path, failure),
    putRecord(entity, id, data) {
      const key = `${entity}|${id}`
      const before = records.get(key)?.data ?? {}
      records.set(key, { entity, id, version: String(++version), deleted: data === null, data: data && { ...before, ...data } })
    },
    async fetch(input, init = {}) {
      const url = new URL(input, 'http://fake')
      const method = init.method ?? 'GET'
      server.calls.push(`${method} ${url.pathname}`)
      const failure = failuresByPath.get(url.pathname) ?? failures.shift()
      failuresByPath.delete(url.pathname)
      if (failure === 'network')
        throw new TypeError('Failed to fetch')
      if (failure)
        return refusal(failure.status, codeOfStatus(failure.status), 'planned failure', failure.body)
      if (url.pathname === '/api/auth/login') {
        const { username, password } = JSON.parse(init.body as string)
        const known = users.get(username)
        if (!known || known.password !== password)
          return refusal(401, 'invalid_credentials', '用户名或密码不正确')
        const token = `token-${++tokenCount}`
        tokens.set(token, known.user)
        return answer(authEndpoints.login, { token, expiresAt: Date.now() + 3_600_000, user: known.user })
      }
      const user = tokens.get(new Headers(init.headers).get('authorization')?.replace('Bearer ', '') ?? '')
      if (!user)
        return refusal(401, 'unauthenticated', '请先登录')
      if (url.pathname.startsWith('/api/photos/')) {
        const sha256 = url.pathname.split('/').pop()!
        if (method !== 'PUT') {
          const stored = server.photos.get(sha256)
          return stored ? new Response(stored, { status: 200, headers: { 'content-type': stored.type } }) : refusal(404, 'not_found', '服务器上没有这张照片')
        }
        const blob = init.body as Blob
        server.photos.set(sha256, blob)
        // A photo read back from fake-indexeddb is no longer a Blob under happy-dom: count what fetch would send of it.
        const bytes = blob instanceof Blob ? blob.size : String(blob).length
        return answer(photoEndpoints.putPhoto, { sha256, mime: photoEndpoints.putPhoto.response.shape.mime.parse(new Headers(init.headers).get('content-type')), bytes })
      }
      if (url.pathname === '/api/sync/push') {
        const request = JSON.parse(init.body as string) as PushRequest
        server.pushes.push(request)
        const results = request.mutations.map((m): MutationResult => {
          if (m.seq <= (lastSeq.get(request.clientId) ?? 0))
            return { seq: m.seq, status: 'duplicate' }
          lastSeq.set(request.clientId, m.seq)
          const verdict = server.verdicts.get(`${request.clientId}:${m.seq}`)
          if (verdict)
            return { seq: m.seq, ...verdict }
          server.putRecord(m.entity, m.id, m.op === 'delete' ? null : { ...m.data, id: m.id })
          return { seq: m.seq, status: 'applied' }
        })
        return answer(syncEndpoints.push, { results, serverTime: Date.now() })
      }
      if (url.pathname === '/api/sync/pull') {
        server.pullCursors.push(url.searchParams.get('cursor')!)
        const cursor = Number(url.searchParams.get('cursor'))
        const limit = Number(url.searchParams.get('limit'))
        // Like the real server, staff see their own unit's records and what everyone reads (plans, templates).
        const visible = (c: Change) => readByEveryone(c.entity) || !c.data || c.data.unit === user.unit
        const newer = [...records.values()].filter(c => Number(c.version) > cursor && visible(c)).sort((a, b) => Number(a.version) - Number(b.version))
        const page = newer.slice(0, limit)
        const more = newer.length > limit
        return answer(syncEndpoints.pull, { changes: page, cursor: more ? page.at(-1)!.version : String(version), more, serverTime: Date.now() })
      }
      return refusal(404, 'not_found', url.pathname)
    },
  }
  return server
}
