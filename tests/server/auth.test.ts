import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let staff: SignedIn

beforeAll(async () => {
  server = await startTestServer({ loginRateLimit: { max: 5, timeWindowMs: 60_000 }, sessionTtlMs: 3600_000 })
  staff = await server.signIn(units.ecology)
})
afterAll(() => server.close())

const login = (username: string, password: string) =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
const me = (headers: Record<string, string>) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers })

describe('sign-in', () => {
  it('returns a token, its expiry and the user', async () => {
    const response = await login(staff.user.username, staff.password)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.token).toMatch(/^[\w-]{40,}$/)
    expect(body.expiresAt).toBeGreaterThan(Date.now())
    expect(body.user).toEqual({ id: staff.user.id, username: staff.user.username, displayName: staff.user.displayName, unit: units.ecology, role: 'staff' })
    expect((await me({ authorization: `Bearer ${body.token}` })).json()).toEqual({ user: body.user })
  })

  it('answers a wrong password and an unknown user alike with 401', async () => {
    const wrong = await login(staff.user.username, 'not the password')
    const unknown = await login('nobody-here', 'whatever')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json().error.code).toBe('invalid_credentials')
  })

  it('names the bad fields of a malformed sign-in', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '', pass: 'x' } })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'username'])
  })

  it('limits repeated attempts on one account with 429', async () => {
    const target = await server.signIn(units.town)
    // signIn used one of the five attempts.
    const statuses = []
    for (let i = 0; i < 6; i++)
      statuses.push((await login(target.user.username, `guess-${i}`)).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    const limited = await login(target.user.username, target.password)
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('too_many_requests')
    // Another account from the same address is not locked out.
    expect((await login(staff.user.username, staff.password)).statusCode).toBe(200)
  })
})

describe('sessions', () => {
  it('tells a missing token from an unknown one', async () => {
    expect((await me({})).json().error.code).toBe('unauthenticated')
    expect((await me({ authorization: 'Bearer made-up-token' })).json().error.code).toBe('invalid_token')
    expect((await me({})).statusCode).toBe(401)
  })

  it('expires a session after its lifetime', async () => {
    const session = await server.signIn(units.ecology)
    expect((await me(session.auth)).statusCode).toBe(200)
    server.clock.advance(3600_000 + 1)
    const expired = await me(session.auth)
    expect(expired.statusCode).toBe(401)
    expect(expired.json().error.code).toBe('session_expired')
  })

  it('revokes the session on sign-out', async () => {
    const session = await server.signIn(units.ecology)
    const out = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.auth })
    expect(out.statusCode).toBe(204)
    const after = await me(session.auth)
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('session_revoked')
  })

  it('lets a coordinator revoke every session of a user', async () => {
    const session = await server.signIn(units.ecology)
    const second = await login(session.user.username, session.password)
    const admin = await server.signIn(units.office, 'coordinator')
    const revoke = await server.app.inject({ method: 'DELETE', url: `/api/users/${session.user.id}/sessions`, headers: admin.auth })
    expect(revoke.statusCode).toBe(200)
    expect(revoke.json()).toEqual({ revoked: 2 })
    expect((await me(session.auth)).statusCode).toBe(401)
    expect((await me({ authorization: `Bearer ${second.json().token}` })).statusCode).toBe(401)
  })

  it('answers 401 without a session and 403 for staff on coordinator routes', async () => {
    const fresh = await server.signIn(units.ecology)
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/users' })
    const asStaff = await server.app.inject({ method: 'GET', url: '/api/users', headers: fresh.auth })
    expect(anonymous.statusCode).toBe(401)
    expect(asStaff.statusCode).toBe(403)
    expect(asStaff.json().error.code).toBe('forbidden')
    expect((await server.app.inject({ method: 'GET', url: '/api/sync/pull' })).statusCode).toBe(401)
  })
})
