// An in-memory stand-in for the sync server's HTTP API, for fast engine tests. It keeps
// the protocol's promises (per-client sequence, duplicates, versions, paging) and lets a
// test decide single verdicts or fail requests. The real server is tested in tests/sync.
import type { LoginResponse, SessionUser } from '../../../src/shared/auth'
import type { Change, MutationResult, PushRequest } from '../../../src/shared/sync/protocol'
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
        return json(failure.status, failure.body ?? { error: { code: 'failed', message: 'planned failure' } })
      if (url.pathname === '/api/auth/login') {
        const { username, password } = JSON.parse(init.body as string)
        const known = users.get(username)
        if (!known || known.password !== password)
          return json(401, { error: { code: 'bad_credentials', message: '用户名或密码不正确' } })
        const token = `token-${++tokenCount}`
        tokens.set(token, known.user)
        return json(200, { token, expiresAt: Date.now() + 3_600_000, user: known.user } satisfies LoginResponse)
      }
      const user = tokens.get(new Headers(init.headers).get('authorization')?.replace('Bearer ', '') ?? '')
      if (!user)
        return json(401, { error: { code: 'unauthenticated', message: '请先登录' } })
      if (url.pathname.startsWith('/api/photos/')) {
        server.photos.set(url.pathname.split('/').pop()!, init.body as Blob)
        return new Response(null, { status: 201 })
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
        return json(200, { results, serverTime: Date.now() })
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
        return json(200, { changes: page, cursor: more ? page.at(-1)!.version : String(version), more, serverTime: Date.now() })
      }
      return json(404, { error: { code: 'not_found', message: url.pathname } })
    },
  }
  return server
}
