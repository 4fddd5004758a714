// A coordinator managing other people's accounts: one-time password resets, switching accounts
// off and on, and the guards that keep at least one coordinator able to sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setAccountActive } from '../../src/server/auth/accountAdmin'
import { findUserById } from '../../src/server/auth/users'
import { units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let coordinator: SignedIn
let staff: SignedIn
const logLines: string[] = []

beforeAll(async () => {
  server = await startTestServer({ logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } } })
  coordinator = await server.signIn(units.office, 'coordinator')
  staff = await server.signIn(units.town)
})
afterAll(() => server.close())

type Who = SignedIn | null
const call = (who: Who, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  server.app.inject({ method, url, headers: who?.auth ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) })
const resetOf = (who: Who, id: string) => call(who, 'POST', `/api/users/${id}/password-reset`)
const setActive = (who: Who, id: string, active: unknown) => call(who, 'PATCH', `/api/users/${id}`, { active })
const login = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
const me = (token: string) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })
const listed = async (id: string) => ((await call(coordinator, 'GET', '/api/users')).json().users as Array<{ id: string }>).find(u => u.id === id)

describe('resetting a password', () => {
  it('gives a working one-time password and ends the old password and sessions', async () => {
    const colleague = await server.signIn(units.town)
    const response = await resetOf(coordinator, colleague.user.id)
    expect(response.statusCode).toBe(200)
    const { password } = response.json()
    expect(password).toMatch(/^[a-zA-Z2-9]{14}$/)

    expect((await me(colleague.token)).statusCode).toBe(401)
    expect((await login(colleague.user.username, colleague.password)).statusCode).toBe(401)
    const fresh = await login(colleague.user.username, password)
    expect(fresh.statusCode).toBe(200)
    expect(fresh.json().user.mustChangePassword).toBe(true)
    expect(await listed(colleague.user.id)).toMatchObject({ mustChangePassword: true, active: true })
  })

  it('never writes the password to the log, but records who reset whose', async () => {
    const colleague = await server.signIn(units.town)
    const { password } = (await resetOf(coordinator, colleague.user.id)).json()
    const entries = logLines.filter(line => line.includes('password reset'))
    expect(entries.some(line => line.includes(colleague.user.id) && line.includes(coordinator.user.id))).toBe(true)
    expect(logLines.join('\n')).not.toContain(password)
    const audit = await server.tdb.database.db.selectFrom('audit_log').selectAll().where('record_id', '=', colleague.user.id).execute()
    expect(audit).toMatchObject([{ actor: coordinator.user.id, action: 'password_reset', entity: 'user' }])
  })

  it('sends a coordinator to 修改密码 for their own password', async () => {
    const response = await resetOf(coordinator, coordinator.user.id)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.message).toContain('修改密码')
    expect((await me(coordinator.token)).statusCode).toBe(200)
  })
})

describe('switching an account off and on', () => {
  it('refuses sign-in exactly as a wrong password does and ends existing sessions at once', async () => {
    const colleague = await server.signIn(units.town)
    const response = await setActive(coordinator, colleague.user.id, false)
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({ id: colleague.user.id, active: false, deactivatedAt: expect.any(Number), unit: units.town, role: 'staff' })
    expect((await me(colleague.token)).statusCode).toBe(401)
    expect((await server.pull(coordinator)).changes).toBeDefined()

    const refused = await login(colleague.user.username, colleague.password)
    const wrong = await login(colleague.user.username, 'not the password')
    expect(refused.statusCode).toBe(401)
    expect(refused.json()).toEqual(wrong.json())
    expect(await listed(colleague.user.id)).toMatchObject({ active: false, unit: units.town, role: 'staff' })

    const again = await setActive(coordinator, colleague.user.id, true)
    expect(again.json().user).toMatchObject({ active: true, deactivatedAt: null })
    expect((await login(colleague.user.username, colleague.password)).statusCode).toBe(200)
    expect((await me(colleague.token)).statusCode).toBe(401)
  })

  it('keeps the first switch-off time when asked twice', async () => {
    const colleague = await server.signIn(units.town)
    const first = (await setActive(coordinator, colleague.user.id, false)).json().user.deactivatedAt
    server.clock.advance(60_000)
    expect((await setActive(coordinator, colleague.user.id, false)).json().user.deactivatedAt).toBe(first)
  })

  it('does not let a coordinator switch themself off', async () => {
    const response = await setActive(coordinator, coordinator.user.id, false)
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({ code: 'own_account', message: '不能停用自己的账号' })
    expect((await me(coordinator.token)).statusCode).toBe(200)
  })

  it('never switches off the last active coordinator', async () => {
    const only = await server.signIn(units.office, 'coordinator')
    const others = await server.tdb.database.db.selectFrom('users').select('id').where('role', '=', 'coordinator').where('id', '!=', only.user.id).execute()
    for (const { id } of others)
      await server.tdb.database.db.updateTable('users').set({ deactivated_at: 1 }).where('id', '=', id).execute()
    await expect(setAccountActive(server.tdb.database.db, staff.user.id, only.user.id, false, server.clock.now())).rejects.toMatchObject({ statusCode: 409, code: 'last_coordinator' })
    expect((await findUserById(server.tdb.database.db, only.user.id))?.active).toBe(true)
    for (const { id } of others)
      await server.tdb.database.db.updateTable('users').set({ deactivated_at: null }).where('id', '=', id).execute()
  })
})

describe('two coordinators switching each other off at the same moment', () => {
  it('leaves one of them able to sign in', async () => {
    const pair = await startTestServer()
    try {
      const [a, b] = [await pair.signIn(units.office, 'coordinator'), await pair.signIn(units.office, 'coordinator')]
      const patch = (who: SignedIn, target: SignedIn) => pair.app.inject({ method: 'PATCH', url: `/api/users/${target.user.id}`, headers: who.auth, payload: { active: false } })
      const statuses = (await Promise.all([patch(a, b), patch(b, a)])).map(r => r.statusCode)
      expect(statuses.filter(s => s === 200)).toHaveLength(1)
      const active = await pair.tdb.database.db.selectFrom('users').select('id').where('role', '=', 'coordinator').where('deactivated_at', 'is', null).execute()
      expect(active).toHaveLength(1)
    }
    finally {
      await pair.close()
    }
  })
})

describe('who may manage accounts, and what they must send', () => {
  it('answers staff 403 and the anonymous 401', async () => {
    for (const who of [staff, null]) {
      const status = who ? 403 : 401
      expect((await resetOf(who, coordinator.user.id)).statusCode).toBe(status)
      expect((await setActive(who, coordinator.user.id, false)).statusCode).toBe(status)
    }
    expect((await me(coordinator.token)).statusCode).toBe(200)
  })

  it('answers 404 for an account that does not exist and refuses an id that cannot be one', async () => {
    expect((await resetOf(coordinator, 'no-such-id')).statusCode).toBe(404)
    expect((await setActive(coordinator, 'no-such-id', false)).statusCode).toBe(404)
    // Fastify turns away path parameters over 100 characters before any handler runs.
    const tooLong = await resetOf(coordinator, 'x'.repeat(101))
    expect(tooLong.statusCode).toBe(414)
  })

  it('names the bad field of a status change, and refuses to move a unit or role here', async () => {
    for (const payload of [{ active: 'no' }, {}, { active: false, unit: units.ecology }, { role: 'coordinator' }]) {
      const response = await call(coordinator, 'PATCH', `/api/users/${staff.user.id}`, payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.issues.length).toBeGreaterThan(0)
    }
    const wrongType = await setActive(coordinator, staff.user.id, 'no')
    expect(wrongType.json().error.issues).toEqual([expect.objectContaining({ path: 'active' })])
    expect(await listed(staff.user.id)).toMatchObject({ active: true, unit: units.town, role: 'staff' })
  })
})
