// Issue 12 points 14, 15 and 17: attempts counted on the account as it is looked up and on
// failures from one address over many accounts; believed proxies configured, never everyone;
// a one-time password cannot sync, nor reach any other part of the server but setting one's own; answers never cached and public link tokens never logged.
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/server/app'
import { createUser } from '../../src/server/auth/users'
import { readConfig } from '../../src/server/config'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let coordinator: SignedIn

beforeAll(async () => {
  server = await startTestServer({ loginRateLimit: { max: 4, timeWindowMs: 60_000 }, loginSprayLimit: { max: 6, timeWindowMs: 60_000 }, trustProxy: 1 })
  coordinator = await server.signIn(units.office, 'coordinator')
})
afterAll(() => server.close())

const login = (username: string, password: string, from = '203.0.113.9') =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: { 'x-forwarded-for': `198.51.100.1, ${from}` } })

async function account(username: string, password = 'a long enough secret', mustChange = false) {
  await createUser(server.tdb.database.db, { username, displayName: username, unit: units.ecology, role: 'staff', password: mustChange ? undefined : password }, Date.now())
  return username
}

describe('sign-in limits', () => {
  it('counts spaces and letter case variants of a username as the same account', async () => {
    const name = await account('zhao.lei')
    const statuses = []
    for (const variant of [' zhao.lei', 'zhao.lei ', 'ZHAO.LEI', '\tzhao.lei', 'zhao.lei'])
      statuses.push((await login(variant, 'wrong password', '203.0.113.20')).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    expect((await login(name, 'a long enough secret', '203.0.113.20')).statusCode).toBe(429)
  })

  it('limits failures from one address over many accounts (password spraying)', async () => {
    const statuses = []
    for (let i = 0; i < 8; i++)
      statuses.push((await login(`nobody${i}`, '12345678', '203.0.113.30')).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429])
    const name = await account('qian.li')
    expect((await login(name, 'a long enough secret', '203.0.113.31')).statusCode).toBe(200)
  })

  it('takes the address the trusted proxy saw, so a client cannot pick its own identity', async () => {
    const name = await account('sun.fei')
    const statuses = []
    for (let i = 0; i < 5; i++) {
      const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'wrong' }, headers: { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.40` } })
      statuses.push(response.statusCode)
    }
    expect(statuses.at(-1)).toBe(429)
  })

  it('reads TRUST_PROXY as hops or addresses, never as trust in everyone', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1)
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1)
    expect(readConfig({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' }).trustProxy).toEqual(['10.0.0.2', '10.1.0.0/16'])
    expect(readConfig({}).trustProxy).toBeUndefined()
    expect(() => readConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/)
  })
})

describe('a one-time password', () => {
  it('signs in but cannot sync until the person sets their own', async () => {
    const reset = await server.app.inject({ method: 'POST', url: '/api/users', headers: coordinator.auth, payload: { username: 'li.na', displayName: '李娜', unit: units.ecology, role: 'staff' } })
    const oneTime = reset.json().password as string
    const signedIn = await login('li.na', oneTime, '203.0.113.50')
    expect(signedIn.statusCode).toBe(200)
    const auth = { authorization: `Bearer ${signedIn.json().token}` }
    const pull = await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: auth })
    expect(pull.statusCode).toBe(403)
    expect(pull.json().error.code).toBe('password_change_required')
    const push = await server.app.inject({ method: 'POST', url: '/api/sync/push', headers: auth, payload: { clientId: crypto.randomUUID(), sentAt: Date.now(), mutations: [] } })
    expect(push.statusCode).toBe(403)
    const changed = await server.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: oneTime, newPassword: 'my own long passphrase' } })
    expect(changed.statusCode).toBe(204)
    expect((await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: auth })).statusCode).toBe(200)
  })
})

describe('a coordinator on a one-time password', () => {
  it('may only see who they are and set their own: accounts, the directory, links and history wait', async () => {
    const created = await server.app.inject({ method: 'POST', url: '/api/users', headers: coordinator.auth, payload: { username: 'cao.jing', displayName: '曹静', unit: units.office, role: 'coordinator' } })
    const oneTime = created.json().password as string
    const signedIn = await login('cao.jing', oneTime, '203.0.113.60')
    const auth = { authorization: `Bearer ${signedIn.json().token}` }
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth })).json().user.mustChangePassword).toBe(true)
    const refused = [
      { method: 'GET', url: '/api/users' },
      { method: 'POST', url: '/api/users', payload: { username: 'wang.fei', displayName: '王飞', unit: units.office, role: 'coordinator' } },
      { method: 'GET', url: '/api/directory' },
      { method: 'GET', url: `/api/history/progress/${encodeURIComponent('x|y')}` },
      { method: 'GET', url: '/api/events/01890000-0000-7000-8000-000000000000/public-link' },
    ] as const
    for (const request of refused) {
      const response = await server.app.inject({ ...request, headers: auth })
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403)
      expect(response.json().error.code).toBe('password_change_required')
    }
    const changed = await server.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: oneTime, newPassword: 'a passphrase of my own' } })
    expect(changed.statusCode).toBe(204)
    expect((await server.app.inject({ method: 'GET', url: '/api/users', headers: auth })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/directory', headers: auth })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth })).statusCode).toBe(204)
  })
})

describe('a new password (issue 12 point 16)', () => {
  it('is refused when common or built on the username, naming the field', async () => {
    const name = await account('wu.gang')
    const signedIn = await login(name, 'a long enough secret', '203.0.113.70')
    const auth = { authorization: `Bearer ${signedIn.json().token}` }
    for (const newPassword of ['12345678', 'password', 'wu.gang2025']) {
      const response = await server.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: 'a long enough secret', newPassword } })
      expect(response.statusCode, newPassword).toBe(400)
      expect(response.json().error.issues[0].path).toBe('newPassword')
    }
  })
})

describe('answers and logs', () => {
  it('marks sign-in, pull, password reset and the account list no-store', async () => {
    const name = await account('zhou.min')
    const signedIn = await login(name, 'a long enough secret', '203.0.113.60')
    const auth = { authorization: `Bearer ${signedIn.json().token}` }
    const users = await server.app.inject({ method: 'GET', url: '/api/users', headers: coordinator.auth })
    const id = users.json().users.find((u: { username: string }) => u.username === name).id
    const answers = [
      signedIn,
      await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: auth }),
      users,
      await server.app.inject({ method: 'POST', url: `/api/users/${id}/password-reset`, headers: coordinator.auth }),
    ]
    expect(answers.map(a => a.statusCode)).toEqual([200, 200, 200, 200])
    expect(answers.map(a => a.headers['cache-control'])).toEqual(['no-store', 'no-store', 'no-store', 'no-store'])
  })

  it('never writes a public link token into the request log', async () => {
    const lines: string[] = []
    const stream = new Writable({ write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    } })
    const app = await buildApp({ database: server.tdb.database, photos: diskPhotoStorage(server.tdb.dir), logger: { level: 'info', stream } })
    const token = 'Abcdefghijklmnopqrstuvwxyz0123456789_-XY'
    await app.inject({ method: 'GET', url: `/api/public/q/${token}?device=0123456789abcdefgh` })
    await app.close()
    expect(lines.join('\n')).toContain('/api/public/q/[token]')
    expect(lines.join('\n')).not.toContain(token)
  })
})
