// The server's side of /api/users as tests/server/accountAdmin.test.ts pins it down, at the fetch
// level, for the account screen's component tests.
import type { ListedUser } from '../../../src/shared/auth'

export interface AccountsCall { method: string, path: string, authorization: string | null, body: unknown }

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export function listedUser(id: string, displayName: string, unit: string, extra: Partial<ListedUser> = {}): ListedUser {
  return { id, username: id, displayName, unit, role: 'staff', createdAt: 0, active: true, deactivatedAt: null, ...extra }
}

export function fakeAccountsServer(initial: () => ListedUser[]) {
  let users = initial()
  const calls: AccountsCall[] = []
  /** Answers the next account request instead of the fake server, once. */
  let override: (() => Response) | null = null

  function answer(method: string, path: string, body: unknown): Response {
    if (path === '/api/users' && method === 'GET')
      return json(200, { users })
    if (path === '/api/users' && method === 'POST') {
      const input = body as Pick<ListedUser, 'username' | 'displayName' | 'unit' | 'role'>
      const user = { ...listedUser(`id-${input.username}`, input.displayName, input.unit), ...input, mustChangePassword: true }
      users = [...users, user]
      return json(201, { user, password: 'NewPass234abcd' })
    }
    const match = /^\/api\/users\/([^/]+)(\/password-reset|\/sessions)?$/.exec(path)
    const user = users.find(u => u.id === decodeURIComponent(match?.[1] ?? ''))
    if (!user)
      return json(404, { error: { code: 'not_found', message: '没有这个账号' } })
    if (match?.[2] === '/password-reset') {
      user.mustChangePassword = true
      return json(200, { password: 'Reset567xyzwPQ' })
    }
    if (match?.[2] === '/sessions')
      return json(200, { revoked: 2 })
    const { active } = body as { active: boolean }
    Object.assign(user, { active, deactivatedAt: active ? null : 1_700_000_000_000 })
    return json(200, { user })
  }

  async function handle(input: string, init: RequestInit = {}): Promise<Response> {
    const path = new URL(input, 'http://app').pathname
    if (!path.startsWith('/api/users'))
      throw new TypeError('Failed to fetch')
    const method = init.method ?? 'GET'
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
    calls.push({ method, path, authorization: new Headers(init.headers).get('authorization'), body })
    const next = override
    override = null
    return next ? next() : answer(method, path, body)
  }

  return {
    calls,
    handle,
    reset() {
      users = initial()
      calls.length = 0
      override = null
    },
    refuseNext(status: number, code: string, message: string, issues?: Array<{ path: string, message: string }>) {
      override = () => json(status, { error: { code, message, ...(issues ? { issues } : {}) } })
    },
    failNext() {
      override = () => {
        throw new TypeError('Failed to fetch')
      }
    },
  }
}
