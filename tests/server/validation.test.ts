import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let ecology: SignedIn

beforeAll(async () => {
  ({ server, people: { ecology } } = await startPlanServer(plan))
})
afterAll(() => server.close())

const paths = (body: { error: { issues?: Array<{ path: string }> } }) => body.error.issues?.map(i => i.path)

describe('bad input', () => {
  it('answers a malformed push with 400 naming each bad field, and stores nothing', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1)
    const good = device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })
    const response = await server.push(ecology, {
      clientId: 'not-a-uuid',
      sentAt: Date.now(),
      mutations: [good, { ...good, seq: 0 }, { ...good, seq: 3, op: 'upsert' }, { ...good, seq: 4, entity: 'secrets' }],
    } as never)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_request')
    expect(paths(response.json())).toEqual(['clientId', 'mutations.1.seq', 'mutations.2.op', 'mutations.3.entity'])
    expect((await server.pullAll(ecology)).changes.map(c => c.id)).not.toContain(target.id)
  })

  it('rejects a mutation whose data breaks the entity schema, with the path of each bad field', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 1)
    const response = await server.pushOk(ecology, device.batch([
      device.mutation('progress', target.id, 'patch', { ...target.keys, count: 1 }),
      device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'finished', count: -1 }),
      device.mutation('progress', target.id, 'patch', { ...target.keys, surprise: true }),
      device.mutation('progress', target.id, 'put', { id: 'someone-else', ...target.keys, status: 'done', note: '', count: 0 }),
      device.mutation('plan', plan.id, 'patch', { title: 'x' }),
    ]))
    const [ok, bad, extra, wrongId, planPatch] = response.results
    expect(ok.status).toBe('applied')
    expect(bad).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(bad.issues?.map(i => i.path).sort()).toEqual(['mutations.1.data.count', 'mutations.1.data.status'])
    expect(bad.reason).toMatch(/^数据不合格/)
    // The reason is shown to staff on the sync screen: each field's words in Chinese too.
    expect(bad.issues?.map(i => i.message).join('')).toMatch(/^[^A-Za-z]*[\u4E00-\u9FFF]/)
    expect(bad.reason).toMatch(/count：数值过小/)
    expect(extra).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(extra.issues?.[0].path).toBe('mutations.2.data')
    expect(wrongId).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(planPatch).toMatchObject({ status: 'rejected', code: 'invalid' })
  })

  it('rejects a record whose id does not follow from its content', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 3)
    const response = await server.pushOk(ecology, device.batch([device.mutation('progress', `${target.id}-copy`, 'patch', { ...target.keys, status: 'done' })]))
    expect(response.results[0]).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(response.results[0].reason).toContain(target.id)
  })

  it('rejects a first patch that cannot make a whole record', async () => {
    const device = new TestDevice()
    const id = crypto.randomUUID()
    const response = await server.pushOk(ecology, device.batch([device.mutation('evidence', id, 'patch', { caption: '没有主体的说明' })]))
    expect(response.results[0]).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(response.results[0].issues?.map(i => i.path)).toContain('mutations.0.data.unit')
  })

  it('answers an oversized body with 413', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 2)
    const huge = device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'x'.repeat(9 * 1024 * 1024) })])
    const response = await server.push(ecology, huge)
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('payload_too_large')
  })

  it('answers broken JSON with 400', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...ecology.auth, 'content-type': 'application/json' }, payload: '{"clientId": ' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_json')
  })

  it('names a bad pull query', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=abc&limit=100000', headers: ecology.auth })
    expect(response.statusCode).toBe(400)
    expect(paths(response.json())).toEqual(['cursor', 'limit'])
  })

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('not_found')
  })
})
