// Fuzz: every schema of the registry fed hostile values (NUL, lone surrogates, huge, deep, wrong
// types) field by field, and every body-taking endpoint fed hostile bodies (prototype keys, deep
// nesting, NUL, oversized). Always a 4xx or a per-change rejection naming the field, never a 5xx,
// never half-applied. Bounded counts, loopback only (inject), both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entityNames } from '../../src/shared/records'
import type { MutationResult } from '../../src/shared/sync/protocol'
import { registrySamples, startRegistryServer, type SampleContext } from '../helpers/registrySamples'
import { units } from '../helpers/serverFixtures'
import { type People, TestDevice, type TestServer } from '../helpers/server'

let server: TestServer
let people: People
let ctx: SampleContext

beforeAll(async () => {
  ({ server, people, ctx } = await startRegistryServer())
})
afterAll(() => server.close())

const deep = (depth: number): unknown => depth ? [deep(depth - 1)] : 'x'
/** Values that must be refused wherever a string, number or list is expected, naming the field. */
const refused: Record<string, unknown> = { nul: 'a\u0000b', surrogate: 'x\uDC00', deep: deep(40) }
/** Values a field may accept or refuse, but never with a 5xx or without naming the field. */
const arbitrary: Record<string, unknown> = { huge: '字'.repeat(20_000), number: -1e308, boolean: true, null: null, list: [], object: {} }

describe('fuzzing every registry schema through a push', () => {
  for (const entity of entityNames) {
    it(`${entity}: each field, each hostile value: a rejection naming the field or a valid write, nothing half-stored`, async () => {
      const sample = registrySamples[entity](units.ecology, ctx)
      const cases = Object.keys(sample).filter(field => field !== 'id').flatMap(field =>
        Object.entries({ ...refused, ...arbitrary }).map(([kind, value]) => ({ field, kind, record: { ...registrySamples[entity](units.ecology, ctx), [field]: value } })))
      const device = new TestDevice()
      const response = await server.push(people.coordinator, device.batch(cases.map(c => device.mutation(entity, c.record.id, 'put', c.record))))
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
      const results: MutationResult[] = response.json().results
      const rows = await server.tdb.database.db.selectFrom('records').select(['id', 'data']).where('entity', '=', entity).where('id', 'in', [...new Set(cases.map(c => c.record.id))]).execute()
      const storedById = new Map(rows.map(row => [row.id, JSON.parse(row.data) as Record<string, unknown>]))
      for (const [i, { field, kind, record }] of cases.entries()) {
        const result = results[i]
        const label = `${entity}.${field} = ${kind}: ${result.reason ?? result.status}`
        if (kind in refused)
          expect(result.status, label).toBe('rejected')
        // Hostile text is named where it sits; a wrong type may be named by a rule spanning fields
        // (a link evidence without url names `kind`), but always a field of this change.
        const named = kind in refused ? `mutations.${i}.data.${field}` : `mutations.${i}.data.`
        if (result.status === 'rejected' && result.code === 'invalid')
          expect(result.issues?.some(issue => issue.path.startsWith(named)), label).toBe(true)
        // Nothing of a refused change is stored (kinds with one fixed id may hold an applied one).
        if (result.status === 'rejected' && storedById.has(record.id))
          expect(storedById.get(record.id)![field], label).not.toEqual(record[field])
      }
    })
  }
})

describe('fuzzing request bodies', () => {
  const json = { 'content-type': 'application/json' }
  const bodies: Record<string, string> = {
    'prototype key': '{"__proto__":{"polluted":true},"username":"a","password":"b"}',
    'constructor prototype': '{"constructor":{"prototype":{"polluted":true}},"username":"a","password":"b"}',
    'deep nesting': `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    'NUL in a value': '{"username":"a\\u0000","password":"b\\u0000","displayName":"\\u0000","unit":"\\u0000","role":"staff","currentPassword":"\\u0000","newPassword":"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000","answers":[],"deviceId":"\\u0000","active":true}',
    'lone surrogate key': '{"\\ud800":1}',
    'not JSON': '{"username":',
  }
  const endpoints = () => [
    ['POST', '/api/auth/login', null],
    ['POST', '/api/auth/password', people.ecology.auth],
    ['POST', '/api/users', people.coordinator.auth],
    ['PATCH', `/api/users/${people.town.user.id}`, people.coordinator.auth],
    ['POST', `/api/users/${people.town.user.id}/password-reset`, people.coordinator.auth],
    ['POST', `/api/events/${ctx.eventId}/public-link`, people.ecology.auth],
    ['POST', '/api/public/q/abcdefghijklmnopqrstuvwxyz012345/responses', null],
    ['POST', '/api/sync/push', people.ecology.auth],
  ] as const

  it('answers every hostile body on every endpoint with a 4xx, and pollutes nothing', async () => {
    for (const [method, url, auth] of endpoints()) {
      for (const [kind, payload] of Object.entries(bodies)) {
        const response = await server.app.inject({ method, url, headers: { ...json, ...auth }, payload })
        expect(response.statusCode, `${method} ${url} with ${kind}: ${response.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
        expect(response.statusCode, `${method} ${url} with ${kind}: ${response.body.slice(0, 200)}`).toBeLessThan(500)
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Everyone can still sign in: no half-applied account change.
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: people.town.auth })).statusCode).toBe(200)
  })

  it('answers an oversized body with 413 naming the limit, and NUL in a query or path with a 400 naming it', async () => {
    const big = await server.app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...json, ...people.ecology.auth }, payload: `{"clientId":"${'x'.repeat(9 * 1024 * 1024)}"}` })
    expect(big.statusCode).toBe(413)
    const query = await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=%00', headers: people.ecology.auth })
    expect(query.statusCode).toBe(400)
    expect(query.json().error.issues[0].path).toBe('query.cursor')
  })
})
