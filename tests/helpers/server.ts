// A real app on a real database for server tests, driven through inject(), with helpers to
// sign people in and speak the sync protocol. Their answers are parsed with the contract's
// schemas (shared/api), so every server test also checks the shapes it relies on.
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { authEndpoints, type LoginResponse, type Role } from '../../src/shared/api/auth'
import { syncEndpoints } from '../../src/shared/api/sync'
import type { Mutation, PullResponse, PushRequest, PushResponse } from '../../src/shared/sync/protocol'
import { type AppOptions, buildApp } from '../../src/server/app'
import { createUser } from '../../src/server/auth/users'
import { databasePhotoStorage, diskPhotoStorage, withLegacyPhotos } from '../../src/server/photos/storage'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { putAsServer } from '../../src/server/sync/serverWrites'
import { uuidv7 } from '../../src/shared/ids'
import type { EntityName } from '../../src/shared/records'
import type { PlanRecord } from '../../src/shared/records/plan'
import { units } from './serverFixtures'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export interface SignedIn extends LoginResponse {
  password: string
  auth: { authorization: string }
}

export interface TestClock {
  now: () => number
  advance: (ms: number) => void
}

export interface TestServer {
  app: FastifyInstance
  tdb: TestDatabase
  clock: TestClock
  signIn: (unit: string, role?: Role) => Promise<SignedIn>
  push: (who: SignedIn, body: PushRequest) => Promise<LightMyRequestResponse>
  pushOk: (who: SignedIn, body: PushRequest) => Promise<PushResponse>
  pull: (who: SignedIn, cursor?: string, limit?: number) => Promise<PullResponse>
  /** Follows `more` to the end and returns every change and the final cursor. */
  pullAll: (who: SignedIn, cursor?: string, limit?: number) => Promise<PullResponse>
  /** Writes as the server itself, as records stored before (bundled plans, records from before the directory). */
  putRecords: (entity: EntityName, records: Array<Record<string, unknown> & { id: string }>) => Promise<void>
  close: () => Promise<void>
}

let userCounter = 0

export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const tdb = await createTestDatabase()
  let offset = 0
  const clock: TestClock = {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms
    },
  }
  const app = await buildApp({
    database: tdb.database,
    // The storage the server runs with: bytes in the database, the old photo directory read too.
    photos: withLegacyPhotos(databasePhotoStorage(tdb.database.db), diskPhotoStorage(join(tdb.dir, 'photos'))),
    clock: clock.now,
    ...options,
  })

  const inject = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload: payload as object }) })

  const server: TestServer = {
    app,
    tdb,
    clock,
    async signIn(unit, role = 'staff') {
      const username = `u${++userCounter}_${Math.random().toString(36).slice(2, 8)}`
      const password = 'correct horse battery'
      await createUser(tdb.database.db, { username, displayName: `测试${userCounter}`, unit, role, password }, clock.now())
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
      if (response.statusCode !== 200)
        throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
      const login = authEndpoints.login.response.parse(response.json())
      return { ...login, password, auth: { authorization: `Bearer ${login.token}` } }
    },
    push: (who, body) => inject(who, 'POST', '/api/sync/push', body),
    async pushOk(who, body) {
      const response = await server.push(who, body)
      if (response.statusCode !== 200)
        throw new Error(`push failed: ${response.statusCode} ${response.body}`)
      return syncEndpoints.push.response.parse(response.json())
    },
    async pull(who, cursor = '0', limit = 500) {
      const response = await inject(who, 'GET', `/api/sync/pull?cursor=${cursor}&limit=${limit}`)
      if (response.statusCode !== 200)
        throw new Error(`pull failed: ${response.statusCode} ${response.body}`)
      return syncEndpoints.pull.response.parse(response.json())
    },
    async pullAll(who, cursor = '0', limit = 500) {
      const changes: PullResponse['changes'] = []
      let page: PullResponse
      do {
        page = await server.pull(who, cursor, limit)
        changes.push(...page.changes)
        cursor = page.cursor
      } while (page.more)
      return { ...page, changes }
    },
    async putRecords(entity, records) {
      await putAsServer(tdb.database.db, new PlanCatalog(), entity, records, clock.now())
    },
    async close() {
      await app.close()
      await tdb.drop()
    },
  }
  return server
}

export interface People {
  ecology: SignedIn
  ecologyColleague: SignedIn
  education: SignedIn
  town: SignedIn
  coordinator: SignedIn
}

/** A server holding `plan`, with staff of the fixture units and a coordinator signed in. */
export async function startPlanServer(plan: PlanRecord, options: Partial<AppOptions> = {}): Promise<{ server: TestServer, people: People }> {
  const server = await startTestServer(options)
  await server.putRecords('plan', [plan])
  const people: People = {
    ecology: await server.signIn(units.ecology),
    ecologyColleague: await server.signIn(units.ecology),
    education: await server.signIn(units.education),
    town: await server.signIn(units.town),
    coordinator: await server.signIn(units.office, 'coordinator'),
  }
  return { server, people }
}

/** A device: a client id and its own sequence numbers. */
export class TestDevice {
  readonly clientId = uuidv7()
  private seq = 0

  mutation(entity: Mutation['entity'], id: string, op: Mutation['op'], data: Record<string, unknown>, at = Date.now()): Mutation {
    return { seq: ++this.seq, entity, id, op, data, at }
  }

  batch(mutations: Mutation[], sentAt = Date.now()): PushRequest {
    return { clientId: this.clientId, sentAt, mutations }
  }
}
