import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let ecology: SignedIn
let failNextCommit = false

beforeAll(async () => {
  const writeHooks = {
    async afterVersions() {
      if (failNextCommit) {
        failNextCommit = false
        throw new Error('the disk filled up just before commit')
      }
    },
  }
  ;({ server, people: { ecology } } = await startPlanServer(plan, { writeHooks }))
})
afterAll(() => server.close())

describe('a push that fails stores nothing', () => {
  it('rolls back every record, history row and the sequence number, and a resend then applies', async () => {
    const device = new TestDevice()
    const a = progressTarget(plan, units.ecology, 1, 1, 0)
    const b = progressTarget(plan, units.ecology, 1, 1, 1)
    const batch = device.batch([
      device.mutation('progress', a.id, 'patch', { ...a.keys, status: 'done' }),
      device.mutation('progress', b.id, 'patch', { ...b.keys, note: '第二条' }),
      device.mutation('progress', a.id, 'patch', { ...a.keys, unit: units.town }),
    ])
    const before = await server.pull(ecology)

    failNextCommit = true
    const failed = await server.push(ecology, batch)
    expect(failed.statusCode).toBe(500)
    expect(failed.json().error.code).toBe('internal')

    const db = server.tdb.database.db
    expect((await server.pull(ecology, before.cursor)).changes).toEqual([])
    expect(await db.selectFrom('records').select('id').where('id', 'in', [a.id, b.id]).execute()).toEqual([])
    expect(await db.selectFrom('rejections').selectAll().where('client_id', '=', device.clientId).execute()).toEqual([])
    expect(await db.selectFrom('clients').selectAll().where('client_id', '=', device.clientId).execute()).toEqual([])

    const retried = await server.pushOk(ecology, batch)
    expect(retried.results.map(r => r.status)).toEqual(['applied', 'applied', 'rejected'])
    const pulled = await server.pull(ecology, before.cursor)
    expect(pulled.changes.map(c => c.id).sort()).toEqual([a.id, b.id].sort())
  })
})
