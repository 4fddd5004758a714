// The server's side of /api/users as tests/server/accountAdmin.test.ts pins it down, at the fetch
// level, for the account screen's component tests. Pinned to the contract (shared/api/users): each
// answer is parsed with its endpoint's response schema and each refusal with the error body's.
import type { z } from 'zod'
import type { Endpoint } from '../../../src/shared/api/endpoint'
import type { ErrorCode } from '../../../src/shared/api/errors'
import { type ListedUser, userEndpoints } from '../../../src/shared/api/users'
import { refusal } from './fakeSyncServer'

export interface AccountsCall { method: string, path: string, authorization: string | null, body: unknown }

function answer<S extends z.ZodType>(endpoint: Endpoint & { response: S }, body: z.input<S>): Response {
  return new Response(JSON.stringify(endpoint.response.parse(body)), { status: endpoint.status, headers: { 'content-type': 'application/json' } })
}

export function listedUser(id: string, displayName: string, unit: string, extra: Partial<ListedUser> = {}): ListedUser {
  return { id, username: id, displayName, unit, role: 'staff', createdAt: 0, active: true, deactivatedAt: null, ...extra }
}

export function fakeAccountsServer(initial: () => ListedUser[]) {
  let users = initial()
  const calls: AccountsCall[] = []
  /** Answers the next account request instead of the fake server, once. */
  let override: (() => Response) | null = null

  function respond(method: string, path: string, body: unknown): Response {
    if (path === '/api/users' && method === 'GET')
      return answer(userEndpoints.listUsers, { users })
    if (path === '/api/users' && method === 'POST') {
      const input = userEndpoints.createUser.body.parse(body)
      const user = { ...listedUser(`id-${input.username}`, input.displayName, input.unit), username: input.username, role: input.role, mustChangePassword: true }
      users = [...users, user]
      return answer(userEndpoints.createUser, { user, password: 'NewPass234abcd' })
    }
    const match = /^\/api\/users\/([^/]+)(\/password-reset|\/sessions)?$/.exec(path)
    const user = users.find(u => u.id === decodeURIComponent(match?.[1] ?? ''))
    if (!user)
      return refusal(404, 'not_found', '没有这个账号')
    if (match?.[2] === '/password-reset') {
      user.mustChangePassword = true
      return answer(userEndpoints.resetUserPassword, { password: 'Reset567xyzwPQ' })
    }
    if (match?.[2] === '/sessions')
      return answer(userEndpoints.revokeUserSessions, { revoked: 2 })
    const { active } = userEndpoints.setUserActive.body.parse(body)
    Object.assign(user, { active, deactivatedAt: active ? null : 1_700_000_000_000 })
    return answer(userEndpoints.setUserActive, { user })
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
    return next ? next() : respond(method, path, body)
  }

  return {
    calls,
    handle,
    reset() {
      users = initial()
      calls.length = 0
      override = null
    },
    refuseNext(status: number, code: ErrorCode, message: string, issues?: Array<{ path: string, message: string }>) {
      override = () => refusal(status, code, message, { error: { code, message, ...(issues ? { issues } : {}) } })
    },
    failNext() {
      override = () => {
        throw new TypeError('Failed to fetch')
      }
    },
  }
}
