// Issue 12 points 3 and 11: NUL and lone surrogates are refused on both engines with the field
// named — a 400 for a request, one rejected mutation in a push — never a 500, never half-applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

const nul = 'a\u0000b'
const lone = 'x\uD800y'

describe('hostile text in requests', () => {
  it('answers a sign-in with NUL or a lone surrogate in the username with a 400 naming it', async () => {
    for (const username of [nul, lone]) {
      const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: JSON.stringify({ username, password: 'whatever-long' }), headers: { 'content-type': 'application/json' } })
      expect(response.statusCode).toBe(400)
      expect(response.json().error.issues[0].path).toBe('username')
    }
  })

  it('refuses such text in account fields and in path parameters with a 400', async () => {
    const created = await server.app.inject({ method: 'POST', url: '/api/users', headers: { ...people.coordinator.auth, 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'li.ming', displayName: nul, unit: units.ecology, role: 'staff' }) })
    expect(created.statusCode).toBe(400)
    expect(created.json().error.issues[0].path).toBe('displayName')
    const link = await server.app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent(nul)}/public-link`, headers: people.ecology.auth })
    expect(link.statusCode).toBe(400)
    expect(link.json().error.issues[0].path).toBe('params.id')
  })
})

describe('hostile text in a push', () => {
  it('rejects only the mutation holding it, naming the field, and applies the rest', async () => {
    const device = new TestDevice()
    const good = linkEvidence(plan, units.ecology, 1, 1, 0, '好的说明')
    const badCaption = linkEvidence(plan, units.ecology, 1, 1, 1, nul)
    const badId = { ...linkEvidence(plan, units.ecology, 1, 1, 2), id: `ev-${lone}` }
    const badKey = { ...linkEvidence(plan, units.ecology, 1, 1, 3), [`k${nul}`]: 1 }
    const response = await server.push(people.ecology, device.batch([
      device.mutation('evidence', good.id, 'put', good),
      device.mutation('evidence', badCaption.id, 'put', badCaption),
      device.mutation('evidence', badId.id, 'put', badId),
      device.mutation('evidence', badKey.id, 'put', badKey),
    ]))
    expect(response.statusCode).toBe(200)
    const [first, ...rest] = response.json().results
    expect(first.status).toBe('applied')
    expect(rest.map((r: { status: string, code: string }) => [r.status, r.code])).toEqual([['rejected', 'invalid'], ['rejected', 'invalid'], ['rejected', 'invalid']])
    expect(rest[0].issues[0].path).toBe('mutations.1.data.caption')
    expect(rest[1].issues.map((i: { path: string }) => i.path)).toContain('mutations.2.id')
    expect(rest[2].issues[0].path).toBe('mutations.3.data.ka\\u0000b')
    const stored = await server.tdb.database.db.selectFrom('records').select('id').where('entity', '=', 'evidence').execute()
    expect(stored.map(r => r.id)).toEqual([good.id])
  })

  it('gives a resent batch the same rejection, and a record whose id looks alike stays its owner\'s', async () => {
    const owner = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 1, 1, 5)
    const id = `same-${'\uFFFD'}`
    await server.pushOk(people.ecology, owner.batch([owner.mutation('evidence', id, 'put', { ...evidence, id })]))
    const intruder = new TestDevice()
    const takeover = { ...linkEvidence(plan, units.town, 1, 2, 0, '改掉'), id: 'same-\uDC00' }
    const batch = intruder.batch([intruder.mutation('evidence', takeover.id, 'put', takeover)])
    const first = await server.pushOk(people.town, batch)
    expect(first.results[0]).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect((await server.pushOk(people.town, batch)).results[0]).toMatchObject({ status: 'rejected', code: 'invalid' })
    const row = await server.tdb.database.db.selectFrom('records').select('data').where('id', '=', id).executeTakeFirstOrThrow()
    expect(JSON.parse(row.data)).toMatchObject({ unit: units.ecology, caption: '' })
  })
})
