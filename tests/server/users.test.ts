import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let coordinator: SignedIn

beforeAll(async () => {
  server = await startTestServer()
  await server.putRecords('plan', [samplePlan()])
  coordinator = await server.signIn(units.office, 'coordinator')
})
afterAll(() => server.close())

const createUser = (payload: unknown) => server.app.inject({ method: 'POST', url: '/api/users', headers: coordinator.auth, payload: payload as object })

describe('user administration', () => {
  it('creates a user with a generated one-time password that signs in', async () => {
    const response = await createUser({ username: 'wang.fang', displayName: '王芳', unit: units.town, role: 'staff' })
    expect(response.statusCode).toBe(201)
    const { user, password } = response.json()
    expect(user).toMatchObject({ username: 'wang.fang', displayName: '王芳', unit: units.town, role: 'staff' })
    expect(password).toMatch(/^[a-zA-Z2-9]{14}$/)
    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wang.fang', password } })
    expect(login.statusCode).toBe(200)
  })

  it('keeps a given password and does not echo it', async () => {
    const response = await createUser({ username: 'li.lei', displayName: '李雷', unit: units.education, role: 'coordinator', password: 'a-long-password' })
    expect(response.statusCode).toBe(201)
    expect(response.json().password).toBeUndefined()
  })

  it('refuses a username that is taken with 409', async () => {
    const response = await createUser({ username: 'wang.fang', displayName: '另一个王芳', unit: units.town, role: 'staff' })
    expect(response.statusCode).toBe(409)
    expect(response.json().error).toMatchObject({ code: 'username_taken', issues: [{ path: 'username' }] })
  })

  it('names each bad field', async () => {
    const response = await createUser({ username: 'has space', displayName: '', unit: units.town, role: 'boss', password: 'short' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['displayName', 'password', 'role', 'username'])
  })

  it('lists users without their password hashes', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/users', headers: coordinator.auth })
    const { users } = response.json()
    expect(users.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['wang.fang', 'li.lei', coordinator.user.username]))
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/)
  })

  it('answers 404 when revoking sessions of an unknown user', async () => {
    const response = await server.app.inject({ method: 'DELETE', url: '/api/users/no-such-id/sessions', headers: coordinator.auth })
    expect(response.statusCode).toBe(404)
  })
})

describe('units', () => {
  // The unit directory (GET /api/directory, signed in, one tree) took its place.
  it('lists no unit names to anyone: the public list of every organization\'s units is gone', async () => {
    await createUser({ username: 'qingpu', displayName: '青浦', unit: '青浦区文化旅游局', role: 'staff' })
    for (const headers of [{}, coordinator.auth]) {
      const response = await server.app.inject({ method: 'GET', url: '/api/units', headers })
      expect(response.statusCode).toBe(404)
      expect(response.body).not.toContain('青浦区文化旅游局')
    }
  })
})
