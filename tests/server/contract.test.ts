// The server keeps the contract (shared/api): every endpoint it lists is registered by buildApp()
// at its method and path, and a valid request gets the endpoint's success status with an answer
// its response schema parses; refusals carry the error body with a code from the closed set.
import type { InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorSchema, type EndpointName, endpoints } from '../../src/shared/api'
import { uuidv7 } from '../../src/shared/ids'
import type { FaqRecord } from '../../src/shared/records/faq'
import { eventRecord, pushOne } from '../helpers/serverFeedback'
import { units } from '../helpers/serverFixtures'
import { png, sha256 } from '../helpers/serverPhotos'
import type { SignedIn, TestServer } from '../helpers/server'
import { startDirectoryServer } from '../helpers/serverDirectory'
import { completeAnswers } from '../helpers/serverVisitor'

let server: TestServer
let coordinator: SignedIn
let staff: SignedIn

beforeAll(async () => {
  server = await startDirectoryServer()
  coordinator = await server.signIn(units.office, 'coordinator')
  staff = await server.signIn(units.ecology)
})
afterAll(() => server.close())

const as = (who: SignedIn) => ({ headers: who.auth })

async function hostedEvent(): Promise<string> {
  const event = eventRecord(staff.user.unit)
  expect((await pushOne(server, staff, 'event', event.id, 'put', event)).status).toBe('applied')
  return event.id
}

async function openLink(): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: `/api/events/${await hostedEvent()}/public-link`, ...as(staff) })
  expect(response.statusCode).toBe(201)
  return response.json().token
}

async function uploaded(seed: number): Promise<string> {
  const bytes = png(seed)
  const hash = sha256(bytes)
  await server.app.inject({ method: 'PUT', url: `/api/photos/${hash}`, headers: { ...staff.auth, 'content-type': 'image/png' }, payload: bytes })
  return hash
}

async function addedNode(): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: '/api/directory/nodes', ...as(coordinator), payload: { name: `区审计局${uuidv7().slice(-6)}`, parentId: '青浦区人民政府', kind: 'department' } })
  return response.json().node.id
}

/** One valid request per endpoint (setting up what it needs); the record type keeps the list whole. */
const samples: Record<EndpointName, () => Promise<InjectOptions>> = {
  login: async () => {
    const who = await server.signIn(units.ecology)
    return { payload: { username: who.user.username, password: who.password } }
  },
  logout: async () => as(await server.signIn(units.ecology)),
  changePassword: async () => {
    const who = await server.signIn(units.ecology)
    return { ...as(who), payload: { currentPassword: who.password, newPassword: 'Lantern-Pebble-47-Quay' } }
  },
  me: async () => as(staff),
  listUsers: async () => as(coordinator),
  createUser: async () => ({ ...as(coordinator), payload: { username: `new_${uuidv7().slice(-8)}`, displayName: '新同事', unit: '区数据局', role: 'staff' } }),
  revokeUserSessions: async () => ({ ...as(coordinator), url: `/api/users/${(await server.signIn('区数据局')).user.id}/sessions` }),
  resetUserPassword: async () => ({ ...as(coordinator), url: `/api/users/${(await server.signIn('区数据局')).user.id}/password-reset` }),
  setUserActive: async () => ({ ...as(coordinator), url: `/api/users/${(await server.signIn('区数据局')).user.id}`, payload: { active: false } }),
  directory: async () => as(staff),
  addDirectoryNode: async () => ({ ...as(coordinator), payload: { name: `区审计局${uuidv7().slice(-6)}`, parentId: '青浦区人民政府', kind: 'department' } }),
  changeDirectoryNode: async () => ({ ...as(coordinator), url: `/api/directory/nodes/${encodeURIComponent(await addedNode())}`, payload: { aliases: ['审计'] } }),
  putPhoto: async () => {
    const bytes = png(1)
    return { url: `/api/photos/${sha256(bytes)}`, headers: { ...staff.auth, 'content-type': 'image/png' }, payload: bytes }
  },
  hasPhoto: async () => ({ ...as(staff), url: `/api/photos/${await uploaded(2)}` }),
  getPhoto: async () => ({ ...as(staff), url: `/api/photos/${await uploaded(3)}` }),
  openEventLink: async () => ({ ...as(staff), url: `/api/events/${await hostedEvent()}/public-link` }),
  listEventLinks: async () => {
    const id = await hostedEvent()
    await server.app.inject({ method: 'POST', url: `/api/events/${id}/public-link`, ...as(staff) })
    return { ...as(staff), url: `/api/events/${id}/public-link` }
  },
  closeEventLinks: async () => ({ ...as(staff), url: `/api/events/${await hostedEvent()}/public-link` }),
  publicFaq: async () => {
    const now = Date.now()
    const faq: FaqRecord = { id: uuidv7(), unit: coordinator.user.unit, topic: '交通出行', question: '能停车吗？', answer: '能。', status: 'published', publishedAt: now, sourceFeedbackIds: [], order: 0, createdAt: now, createdBy: 'coordinator' }
    expect((await pushOne(server, coordinator, 'faq', faq.id, 'put', faq)).status).toBe('applied')
    return { url: `/api/public/faq/${encodeURIComponent(faq.unit)}` }
  },
  publicQuestionnaire: async () => ({ url: `/api/public/q/${await openLink()}?device=device-${crypto.randomUUID()}` }),
  publicResponse: async () => ({ url: `/api/public/q/${await openLink()}/responses`, payload: { deviceId: `device-${crypto.randomUUID()}`, answers: completeAnswers } }),
  history: async () => {
    const id = await hostedEvent()
    // An older edit arriving late loses, and its value is kept in the record's history.
    await pushOne(server, staff, 'event', id, 'patch', { title: '旧标题' }, Date.now() - 60_000)
    return { ...as(staff), url: `/api/history/event/${id}` }
  },
  push: async () => {
    const event = eventRecord(staff.user.unit)
    return { ...as(staff), payload: { clientId: crypto.randomUUID(), sentAt: Date.now(), mutations: [{ seq: 1, entity: 'event', id: event.id, op: 'put', data: event, at: Date.now() }] } }
  },
  pull: async () => ({ ...as(staff), query: { cursor: '0', limit: '50' } }),
  health: async () => ({}),
  ready: async () => ({}),
}

describe('the HTTP contract', () => {
  it('lists endpoints the server registers, each at its method and path', () => {
    const missing = Object.entries(endpoints).filter(([, e]) => !server.app.hasRoute({ method: e.method, url: e.path })).map(([name, e]) => `${name}: ${e.method} ${e.path}`)
    expect(missing).toEqual([])
  })

  it('lists every /api route the server registers (HEAD of a GET aside, which Fastify adds itself)', () => {
    const listed = new Set(Object.values(endpoints).map(e => `${e.method} ${e.path}`))
    const registered = server.app.printRoutes({ commonPrefix: false }).split('\n').flatMap((line) => {
      const route = /(\/api\/\S*) \(([^)]+)\)/.exec(line)
      return route ? route[2].split(', ').map(method => `${method} ${route[1]}`) : []
    })
    expect(registered.length).toBeGreaterThan(10)
    const unlisted = registered.filter(r => !listed.has(r) && !(r.startsWith('HEAD ') && listed.has(r.replace('HEAD', 'GET'))))
    expect(unlisted).toEqual([])
  })

  for (const [name, endpoint] of Object.entries(endpoints)) {
    it(`${name}: ${endpoint.method} ${endpoint.path} answers a valid request as the contract says`, async () => {
      const sample = await samples[name as EndpointName]()
      const response = await server.app.inject({ method: endpoint.method, url: endpoint.path, ...sample })
      expect(response.statusCode, response.body).toBe(endpoint.status)
      if (endpoint.response) {
        const parsed = endpoint.response.safeParse(response.json())
        expect(parsed.success ? [] : parsed.error.issues, response.body).toEqual([])
      }
    })
  }

  it('refuses with the error body and a code of the closed set', async () => {
    const refusals = await Promise.all([
      server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: staff.user.username, password: 'not it at all' } }),
      server.app.inject({ method: 'GET', url: '/api/sync/pull' }),
      server.app.inject({ method: 'POST', url: '/api/sync/push', ...as(staff), payload: { clientId: 'no' } }),
      server.app.inject({ method: 'GET', url: '/api/users', ...as(staff) }),
      server.app.inject({ method: 'GET', url: `/api/public/q/${'x'.repeat(43)}` }),
    ])
    expect(refusals.map(r => r.statusCode)).toEqual([401, 401, 400, 403, 404])
    for (const refusal of refusals)
      expect(apiErrorSchema.safeParse(refusal.json()).success, refusal.body).toBe(true)
    expect(refusals[0].json().error.code).toBe('invalid_credentials')
  })
})
