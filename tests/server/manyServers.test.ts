// Issue 12, many servers: two real server processes on one database, every request of a two-phone
// sync (photos included) sent to the other process in turn. Nothing may depend on which process
// answered: records, photos, sign-in limits.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../src/server/auth/users'
import type { LoginResponse } from '../../src/shared/api/auth'
import type { PullResponse, PushResponse } from '../../src/shared/sync/protocol'
import { uuidv7 } from '../../src/shared/ids'
import { eventRecord } from '../helpers/serverFeedback'
import { units } from '../helpers/serverFixtures'
import { photoRefOf, png, sha256 } from '../helpers/serverPhotos'
import { createTestDatabase, type TestDatabase, testEngine } from '../helpers/testDatabase'

let tdb: TestDatabase
const processes: ChildProcess[] = []
const urls: string[] = []
let turn = 0
/** The server for the next request: each request goes to the other process. */
const next = () => urls[turn++ % urls.length]

function startProcess(dir: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: tdb.url, PHOTO_DIR: join(dir, 'photos'), STATIC_DIR: join(dir, 'none'), SEEDS_DIR: join(dir, 'no-seeds'), LOG_LEVEL: 'info', HOUSEKEEPING_INTERVAL_MS: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  processes.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in:\n${output}`)), 45_000)
    const read = (chunk: Buffer) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', code => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown, type = 'application/json'): Promise<{ status: number, json: T, bytes: Buffer }> {
  const response = await fetch(`${next()}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': type }) },
    body: body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  return { status: response.status, json: (response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : null) as T, bytes }
}

async function signIn(username: string): Promise<string> {
  const { status, json } = await call<LoginResponse>('POST', '/api/auth/login', null, { username, password: 'a long enough secret' })
  expect(status).toBe(200)
  return json.token
}

// The deployment this is about is several processes on one PostgreSQL; on SQLite it would only
// repeat the same half-minute of process start-up.
const onPostgres = testEngine() === 'postgres'

beforeAll(async () => {
  if (!onPostgres)
    return
  tdb = await createTestDatabase()
  for (const username of ['phone.one', 'phone.two', 'phone.three'])
    await createUser(tdb.database.db, { username, displayName: username, unit: units.ecology, role: 'staff', password: 'a long enough secret' }, Date.now())
  const dir = join(tdb.dir, 'servers')
  mkdirSync(dir, { recursive: true })
  // One after the other, as a rolling deploy starts them: the second finds the database ready.
  urls.push(await startProcess(join(dir, 'a')))
  urls.push(await startProcess(join(dir, 'b')))
}, 120_000)

afterAll(async () => {
  await Promise.all(processes.map(child => new Promise<void>((resolve) => {
    if (child.exitCode !== null)
      return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })))
  await tdb?.drop()
})

describe.skipIf(!onPostgres)('two server processes on one PostgreSQL', () => {
  it('serve a two-phone sync, photos included, with every request going to the other process', async () => {
    const one = await signIn('phone.one')
    const two = await signIn('phone.two')
    const clientOne = uuidv7()
    const clientTwo = uuidv7()
    const event = eventRecord(units.ecology)
    const bytes = png(4242)
    const photo = { id: uuidv7(), eventId: event.id, unit: units.ecology, photo: photoRefOf(bytes), caption: '开放日现场', takenAt: Date.now(), createdBy: 'phone.one' }

    expect((await call('PUT', `/api/photos/${sha256(bytes)}`, one, bytes, 'application/octet-stream')).status).toBe(201)
    const photoPut = { seq: 2, entity: 'eventPhoto', id: photo.id, op: 'put', data: photo, at: Date.now() }
    const pushed = await call<PushResponse>('POST', '/api/sync/push', one, { clientId: clientOne, sentAt: Date.now(), mutations: [
      { seq: 1, entity: 'event', id: event.id, op: 'put', data: event, at: Date.now() },
      photoPut,
    ] })
    expect(pushed.json.results.map(r => r.status)).toEqual(['applied', 'applied'])
    // The same batch again, through the other process: applied once only.
    const resent = await call<PushResponse>('POST', '/api/sync/push', one, { clientId: clientOne, sentAt: Date.now(), mutations: [photoPut] })
    expect(resent.json.results[0].status).toBe('duplicate')

    const pulled = await call<PullResponse>('GET', '/api/sync/pull?cursor=0', two)
    expect(pulled.json.changes.map(c => c.id).sort()).toEqual([event.id, photo.id].sort())
    const fetched = await call('GET', `/api/photos/${sha256(bytes)}`, two)
    expect(fetched.status).toBe(200)
    expect(fetched.bytes.equals(bytes)).toBe(true)

    const checkin = { id: uuidv7(), eventId: event.id, unit: units.ecology, attendeeType: 'citizen', delta: 1, at: Date.now(), by: 'phone.two' }
    const caption = { seq: 2, entity: 'eventPhoto', id: photo.id, op: 'patch', data: { caption: '第二台手机改的说明' }, at: Date.now() }
    const fromTwo = await call<PushResponse>('POST', '/api/sync/push', two, { clientId: clientTwo, sentAt: Date.now(), mutations: [{ seq: 1, entity: 'checkin', id: checkin.id, op: 'put', data: checkin, at: Date.now() }, caption] })
    expect(fromTwo.json.results.map(r => r.status)).toEqual(['applied', 'applied'])

    const back = await call<PullResponse>('GET', `/api/sync/pull?cursor=${pulled.json.cursor}`, one)
    expect(back.json.changes.map(c => c.id).sort()).toEqual([checkin.id, photo.id].sort())
    expect(back.json.changes.find(c => c.id === photo.id)?.data).toMatchObject({ caption: '第二台手机改的说明' })
  })

  it('count sign-in attempts together, whichever process hears them', async () => {
    const statuses = []
    for (let i = 0; i < 12; i++)
      statuses.push((await call('POST', '/api/auth/login', null, { username: 'phone.three', password: `guess ${i}` })).status)
    // Ten attempts per account and address per minute, over both processes together.
    expect(statuses.slice(0, 10).every(s => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})
