// The adversarial matrix, generated from the entity registry: every entity kind × role × unit ×
// operation (put, patch, delete, pull), with the expected answer worked out from the kind's
// declared access, so a new kind is covered by adding one sample (helpers/registrySamples.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type EntityDefinition, entities, type EntityName, entityNames } from '../../src/shared/records'
import type { Mutation, MutationResult } from '../../src/shared/sync/protocol'
import { registrySamples, startRegistryServer, type Sample, type SampleContext } from '../helpers/registrySamples'
import { units } from '../helpers/serverFixtures'
import { type People, type SignedIn, TestDevice, type TestServer } from '../helpers/server'

let server: TestServer
let people: People
let ctx: SampleContext

beforeAll(async () => {
  ({ server, people, ctx } = await startRegistryServer())
})
afterAll(() => server.close())

type Actor = 'own staff' | 'other staff' | 'coordinator'
const actors: Actor[] = ['own staff', 'other staff', 'coordinator']
const who = (actor: Actor): SignedIn => actor === 'own staff' ? people.ecology : actor === 'other staff' ? people.town : people.coordinator
const definition = (entity: EntityName) => entities[entity] as EntityDefinition

/** What the registry says this actor's write of a record of 区生态环境局 gets. */
function expectedWrite(entity: EntityName, actor: Actor, op: Mutation['op']): MutationResult['status'] | 'forbidden' | 'invalid' {
  if (op === 'patch' && !definition(entity).patch)
    return 'invalid'
  if (actor === 'coordinator')
    return 'applied'
  const access = definition(entity).access
  if (!access || access.write === 'coordinators' || actor === 'other staff')
    return 'forbidden'
  return 'applied'
}

/** A patch carrying every field of the record the entity's patch accepts, so whole groups stay whole. */
function patchOf(entity: EntityName, record: Sample): Record<string, unknown> {
  const shape = (definition(entity).patch as unknown as { shape?: Record<string, unknown> } | null)?.shape ?? {}
  return { ...Object.fromEntries(Object.entries(record).filter(([field]) => field in shape)), ...patchOnlyFields[entity] }
}

/** Fields a kind's patch requires that its records need not carry (a plan is reopened by a patch only). */
const patchOnlyFields: Partial<Record<EntityName, Record<string, unknown>>> = { plan: { reopened: true } }

/** Sends the mutations in one batch as `actor` and returns each one's outcome. */
async function pushAll(actor: Actor, mutations: Array<Omit<Mutation, 'seq' | 'at'>>): Promise<Array<string | undefined>> {
  const device = new TestDevice()
  const response = await server.push(who(actor), device.batch(mutations.map(m => device.mutation(m.entity, m.id, m.op, m.data))))
  expect(response.statusCode, `${actor}: ${response.body.slice(0, 300)}`).toBe(200)
  return response.json().results.map((r: MutationResult) => r.status === 'rejected' ? r.code : r.status)
}

/** One sample of 区生态环境局 per entity kind, stored by a coordinator. */
async function storedSamples(): Promise<Array<{ entity: EntityName, record: Sample }>> {
  const stored = entityNames.map(entity => ({ entity, record: registrySamples[entity](units.ecology, ctx) }))
  const outcomes = await pushAll('coordinator', stored.map(({ entity, record }) => ({ entity, id: record.id, op: 'put' as const, data: record })))
  expect(outcomes.every(o => o === 'applied'), String(outcomes)).toBe(true)
  return stored
}

describe('the adversarial matrix, from the entity registry', () => {
  it('has a sample for every entity kind', () => {
    expect(Object.keys(registrySamples).sort()).toEqual([...entityNames].sort())
  })

  it('answers a put of every kind by each role and unit as its access declares', async () => {
    for (const actor of actors) {
      const records = entityNames.map(entity => ({ entity, record: registrySamples[entity](units.ecology, ctx) }))
      const outcomes = await pushAll(actor, records.map(({ entity, record }) => ({ entity, id: record.id, op: 'put' as const, data: record })))
      records.forEach(({ entity }, i) => expect(outcomes[i], `${actor} put ${entity}`).toBe(expectedWrite(entity, actor, 'put')))
    }
  })

  // The samples carry no owner: what an organization keeps is then read by everyone, as before organizations.
  it('sends every kind to its unit and coordinators, to another unit only if everyone reads it', async () => {
    const stored = await storedSamples()
    for (const actor of actors) {
      const pulled = new Set((await server.pullAll(who(actor))).changes.filter(c => !c.deleted).map(c => `${c.entity}|${c.id}`))
      for (const { entity, record } of stored) {
        const read = definition(entity).access?.read
        const expected = actor === 'coordinator' || read === 'everyone' || (read === 'organization' && !('owner' in record)) || (actor === 'own staff' && 'unit' in record)
        expect(pulled.has(`${entity}|${record.id}`), `${actor} pulls ${entity}`).toBe(expected)
      }
    }
  })

  // Last: a coordinator's delete leaves a singleton (feedback settings) deleted.
  it('answers a patch and a delete of every stored kind by each role and unit as its access declares, storing only what it applies', async () => {
    for (const actor of actors) {
      for (const op of ['patch', 'delete'] as const) {
        const stored = await storedSamples()
        const outcomes = await pushAll(actor, stored.map(({ entity, record }) => ({ entity, id: record.id, op, data: op === 'patch' ? patchOf(entity, record) : {} })))
        for (const [i, { entity, record }] of stored.entries()) {
          expect(outcomes[i], `${actor} ${op} ${entity}`).toBe(expectedWrite(entity, actor, op))
          const row = await server.tdb.database.db.selectFrom('records').select('deleted').where('entity', '=', entity).where('id', '=', record.id).executeTakeFirstOrThrow()
          expect(row.deleted, `${actor} ${op} ${entity} stored`).toBe(op === 'delete' && outcomes[i] === 'applied' ? 1 : 0)
        }
      }
    }
  })

  it('keeps coordinator-only and host-only endpoints to their people', async () => {
    const cases: Array<[string, string, Record<Actor, number>]> = [
      ['GET', '/api/users', { 'own staff': 403, 'other staff': 403, 'coordinator': 200 }],
      ['GET', `/api/events/${ctx.eventId}/public-link`, { 'own staff': 200, 'other staff': 403, 'coordinator': 200 }],
    ]
    for (const [method, url, expected] of cases) {
      for (const actor of actors) {
        const response = await server.app.inject({ method: method as 'GET', url, headers: who(actor).auth })
        expect(response.statusCode, `${actor} ${method} ${url}`).toBe(expected[actor])
      }
    }
  })
})
