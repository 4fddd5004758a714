// A password someone else generated is for one sign-in: the user is asked to choose their own,
// and choosing it signs out every other device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let coordinator: SignedIn

beforeAll(async () => {
  server = await startTestServer({ loginRateLimit: { max: 4, timeWindowMs: 60_000 } })
  coordinator = await server.signIn(units.office, 'coordinator')
})
afterAll(() => server.close())

const login = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
const change = (token: string, payload: object) => server.app.inject({ method: 'POST', url: '/api/auth/password', headers: { authorization: `Bearer ${token}` }, payload })
const me = (token: string) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })

async function newAccount(username: string, password?: string) {
  const response = await server.app.inject({ method: 'POST', url: '/api/users', headers: coordinator.auth, payload: { username, displayName: '新同事', unit: units.town, role: 'staff', ...(password ? { password } : {}) } })
  expect(response.statusCode).toBe(201)
  return response.json().password as string | undefined
}

describe('changing one\'s password', () => {
  it('flags a generated password, and only a generated one', async () => {
    const generated = await newAccount('zhao.lei')
    const first = await login('zhao.lei', generated!)
    expect(first.json().user.mustChangePassword).toBe(true)
    expect((await me(first.json().token)).json().user.mustChangePassword).toBe(true)
    await newAccount('qian.li', 'chosen by the admin')
    expect((await login('qian.li', 'chosen by the admin')).json().user).not.toHaveProperty('mustChangePassword')
  })

  it('takes a new password, clears the flag and signs out the other devices', async () => {
    const generated = await newAccount('sun.mei')
    const phone = (await login('sun.mei', generated!)).json().token
    const tablet = (await login('sun.mei', generated!)).json().token
    const changed = await change(phone, { currentPassword: generated, newPassword: 'my own secret 2025' })
    expect(changed.statusCode).toBe(204)
    expect((await me(phone)).statusCode).toBe(200)
    expect((await me(phone)).json().user).not.toHaveProperty('mustChangePassword')
    expect((await me(tablet)).json().error.code).toBe('session_revoked')
    expect((await login('sun.mei', generated!)).statusCode).toBe(401)
    const fresh = await login('sun.mei', 'my own secret 2025')
    expect(fresh.statusCode).toBe(200)
    expect(fresh.json().user).not.toHaveProperty('mustChangePassword')
  })

  it('names what is wrong and changes nothing', async () => {
    const account = await server.signIn(units.ecology)
    const wrong = await change(account.token, { currentPassword: 'not it', newPassword: 'something long' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error).toMatchObject({ code: 'wrong_password', issues: [{ path: 'currentPassword' }] })
    const short = await change(account.token, { currentPassword: account.password, newPassword: 'short' })
    expect(short.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['newPassword'])
    const same = await change(account.token, { currentPassword: account.password, newPassword: account.password })
    expect(same.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['newPassword'])
    const missing = await change(account.token, {})
    expect(missing.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['currentPassword', 'newPassword'])
    expect((await login(account.user.username, account.password)).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'x', newPassword: 'long enough' } })).statusCode).toBe(401)
  })

  it('limits guessing the current password through a session', async () => {
    const account = await server.signIn(units.education)
    const statuses = []
    for (let i = 0; i < 5; i++)
      statuses.push((await change(account.token, { currentPassword: `guess-${i}`, newPassword: 'a new password' })).statusCode)
    expect(statuses).toEqual([400, 400, 400, 400, 429])
  })
})
