import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let ecology: SignedIn

beforeAll(async () => {
  server = await startTestServer()
  await server.putRecords('plan', [plan])
  ecology = await server.signIn(units.ecology)
})
afterAll(() => server.close())

describe('push', () => {
  it('applies a first patch, creating the record from defaults', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1)
    const response = await server.pushOk(ecology, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })]))
    expect(response.results).toEqual([{ seq: 1, status: 'applied' }])
    const pulled = await server.pullAll(ecology)
    const record = pulled.changes.find(c => c.id === target.id)
    expect(record?.data).toEqual({ id: target.id, ...target.keys, status: 'done', note: '', count: 0 })
  })
})
