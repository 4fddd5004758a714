import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerConfig } from '../../src/server/config'
import type { LoginResponse } from '../../src/shared/api/auth'
import type { PullResponse } from '../../src/shared/sync/protocol'
import { startServer } from '../../src/server/start'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { putAsServer } from '../../src/server/sync/serverWrites'
import { parsePlan, toPlanRecord } from '../../src/shared/plan'
import { feedbackItem, move } from '../helpers/serverFeedback'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let tdb: TestDatabase
const seedIds = readdirSync('seeds').filter(file => /\.(?:txt|docx)$/i.test(file)).sort().map(file => toPlanRecord(parsePlan(readFileSync(join('seeds', file), 'utf8'), { source: file }), { bundled: true, importedAt: 0 }).id)

beforeAll(async () => {
  tdb = await createTestDatabase()
})
afterAll(() => tdb.drop())

function config(): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: tdb.url,
    photoDir: join(tdb.dir, 'photos'),
    staticDir: join(tdb.dir, 'no-dist'),
    seedsDir: 'seeds',
    logLevel: 'silent',
    trustProxy: false,
    firstCoordinator: { username: 'admin', displayName: '系统协调员', unit: '区政府办公室' },
  }
}

const ownPassword = 'the coordinator chose this one'

async function signInAndPull(url: string, password: string, cursor = '0'): Promise<PullResponse> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })
  expect(login.status).toBe(200)
  const { token, user } = await login.json() as LoginResponse
  expect(user).toMatchObject({ username: 'admin', role: 'coordinator', unit: '区政府办公室' })
  expect(user.mustChangePassword).toBe(password === ownPassword ? undefined : true)
  // A one-time password does not sync (issue 12 point 15): the coordinator sets their own first.
  if (user.mustChangePassword) {
    const changed = await fetch(`${url}/api/auth/password`, { method: 'POST', headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` }, body: JSON.stringify({ currentPassword: password, newPassword: ownPassword }) })
    expect(changed.status).toBe(204)
  }
  const pull = await fetch(`${url}/api/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
  return await pull.json() as PullResponse
}

describe('starting the server', () => {
  it('creates the first coordinator once, prints its password, and loads the bundled plans once', async () => {
    const printed: string[] = []
    const first = await startServer(config(), text => printed.push(text))
    const banner = printed.join('\n')
    const password = /one-time password: (\S+)/.exec(banner)?.[1]
    expect(password).toMatch(/^[a-zA-Z2-9]{14}$/)
    expect(banner).toContain('用户名 username: admin')
    const pulled = await signInAndPull(first.url, password!)
    const plans = pulled.changes.filter(c => c.entity === 'plan')
    // The first coordinator acts for 青浦区人民政府 (seeds/directory.json): its plans, its bureau's,
    // and the city bureau's 2023 plan that assigns tasks to 青浦区生态环境局 — not the city's 2020
    // plan, which names no unit of the district.
    const cityOnly = seedIds[4]
    expect(plans.map(p => p.id).sort()).toEqual(seedIds.filter(id => id !== cityOnly).sort())
    expect(plans.find(p => p.data?.issuer === '青浦区人民政府办公室')?.data).toMatchObject({ owner: '青浦区人民政府' })
    expect(plans.every(p => p.data?.bundled === true)).toBe(true)
    expect((await fetch(`${first.url}/api/ready`)).status).toBe(200)
    await first.close()

    const again: string[] = []
    const second = await startServer(config(), text => again.push(text))
    expect(again).toEqual([])
    // Unchanged seeds are not written again, so devices have nothing new to pull.
    expect((await signInAndPull(second.url, ownPassword, pulled.cursor)).changes).toEqual([])
    await second.close()
  })
})

describe('housekeeping', () => {
  it('erases contact details that fell due while the server was down, as soon as it starts', async () => {
    const closedAt = Date.now() - 200 * 86_400_000
    const item = feedbackItem('区生态环境局', {}, closedAt)
    const replied = { ...item, ...move(item, { to: 'replied', reply: '已答复', repliedOn: item.receivedOn }, closedAt) }
    const published = { ...replied, ...move(replied, { to: 'published' }, closedAt) }
    await putAsServer(tdb.database.db, new PlanCatalog(), 'feedback', [published], closedAt)
    const server = await startServer({ ...config(), housekeepingIntervalMs: 3600_000 }, () => {})
    try {
      const erasedAt = async () => {
        const row = await tdb.database.db.selectFrom('records').select('data').where('entity', '=', 'feedback').where('id', '=', item.id).executeTakeFirstOrThrow()
        return JSON.parse(row.data).contactErasedAt as number | null
      }
      await expect.poll(erasedAt, { timeout: 10_000 }).toBeGreaterThan(closedAt)
    }
    finally {
      await server.close()
    }
  })
})

describe('src/server/index.ts', () => {
  it('listens on PORT, prints the password and stops cleanly on SIGTERM', async () => {
    const fresh = await createTestDatabase({ migrate: false })
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: fresh.url, PHOTO_DIR: join(fresh.dir, 'photos'), STATIC_DIR: join(fresh.dir, 'none'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line in:\n${output}`)), 30_000)
        child.stdout.on('data', () => {
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match) {
            clearTimeout(timer)
            resolve(match[1])
          }
        })
      })
      expect(output).toMatch(/one-time password: [a-zA-Z2-9]{14}/)
      expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok' })
      const exited = new Promise<number | null>(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
    finally {
      child.kill('SIGKILL')
      await fresh.drop()
    }
  })
})
