import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/server/app'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let tdb: TestDatabase
let app: FastifyInstance

beforeAll(async () => {
  tdb = await createTestDatabase({ migrate: false })
  app = await buildApp({ database: tdb.database, photos: diskPhotoStorage(join(tdb.dir, 'photos')) })
})
afterAll(async () => {
  await app.close()
  await tdb.drop()
})

function admin(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    env: { ...process.env, DATABASE_URL: tdb.url },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })

describe('npm run admin', () => {
  it('adds a user (migrating a new database first) and prints a one-time password that signs in', async () => {
    const result = admin('add-user', '--username', 'zhou.min', '--display-name', '周敏', '--unit', '朱家角镇', '--role', 'staff')
    expect(result.code).toBe(0)
    const password = /one-time password: (\S+)/.exec(result.out)?.[1]
    expect(password).toBeTruthy()
    const response = await login('zhou.min', password!)
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({ displayName: '周敏', unit: '朱家角镇', role: 'staff' })
  })

  it('lists users', () => {
    const result = admin('list-users')
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/zhou\.min\t周敏\t朱家角镇\tstaff/)
  })

  it('revokes every session of a user', async () => {
    admin('add-user', '--username', 'chen.jie', '--display-name', '陈杰', '--unit', '区教育局', '--role', 'coordinator', '--password', 'chen-jie-password')
    const { token } = (await login('chen.jie', 'chen-jie-password')).json()
    const me = () => app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })
    expect((await me()).statusCode).toBe(200)
    const result = admin('revoke-sessions', '--username', 'chen.jie')
    expect(result.code).toBe(0)
    expect(result.out).toContain('revoked 1 sessions')
    expect((await me()).statusCode).toBe(401)
  })

  it('marks a switched-off account in the list', async () => {
    const { token } = (await login('chen.jie', 'chen-jie-password')).json()
    const zhou = (await app.inject({ method: 'GET', url: '/api/users', headers: { authorization: `Bearer ${token}` } })).json().users.find((u: { username: string }) => u.username === 'zhou.min')
    const off = await app.inject({ method: 'PATCH', url: `/api/users/${zhou.id}`, headers: { authorization: `Bearer ${token}` }, payload: { active: false } })
    expect(off.statusCode).toBe(200)
    const result = admin('list-users')
    expect(result.out).toMatch(/zhou\.min\t周敏\t朱家角镇\tstaff\t\S+\t已停用 \(deactivated\)/)
    expect(result.out).toMatch(/chen\.jie\t陈杰\t区教育局\tcoordinator\t\S+\n/)
  })

  it('names every bad option and exits 1', () => {
    const result = admin('add-user', '--username', 'has space', '--role', 'boss')
    expect(result.code).toBe(1)
    for (const flag of ['--username', '--display-name', '--unit', '--role'])
      expect(result.err).toContain(`${flag}:`)
  })

  it('refuses a taken username and an unknown command', () => {
    const taken = admin('add-user', '--username', 'zhou.min', '--display-name', '周敏', '--unit', '朱家角镇', '--role', 'staff')
    expect(taken.code).toBe(1)
    expect(taken.err).toContain('已被占用')
    const unknown = admin('delete-everything')
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('unknown command')
  })
})
