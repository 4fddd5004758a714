import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let ecology: SignedIn
let ecologyColleague: SignedIn

beforeAll(async () => {
  ({ server, people: { ecology, ecologyColleague } } = await startPlanServer(plan))
})
afterAll(() => server.close())

async function stored(id: string) {
  const pulled = await server.pullAll(ecology)
  return pulled.changes.filter(c => c.id === id).at(-1)?.data
}

function history(recordId: string) {
  return server.tdb.database.db.selectFrom('record_history').selectAll().where('record_id', '=', recordId).execute()
}

describe('push', () => {
  it('applies a first patch, creating the record from defaults', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 0)
    const response = await server.pushOk(ecology, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })]))
    expect(response.results).toEqual([{ seq: 1, status: 'applied' }])
    expect(await stored(target.id)).toEqual({ id: target.id, ...target.keys, status: 'done', note: '', count: 0 })
  })

  it('answers a resent batch with duplicate and applies nothing twice', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 1)
    const batch = device.batch([
      device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'first' }),
      device.mutation('progress', target.id, 'patch', { ...target.keys, count: 3 }),
    ])
    expect((await server.pushOk(ecology, batch)).results.map(r => r.status)).toEqual(['applied', 'applied'])
    const before = await server.pull(ecology)
    const again = await server.pushOk(ecology, batch)
    expect(again.results).toEqual([{ seq: 1, status: 'duplicate' }, { seq: 2, status: 'duplicate' }])
    const after = await server.pull(ecology, before.cursor)
    expect(after.changes).toEqual([])
  })

  it('keeps the order within a batch and accepts gaps in sequence numbers', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 2, 1, 0)
    const first = device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'draft' })
    const skipped = device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'never sent' })
    const last = device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'final' }, first.at)
    const response = await server.pushOk(ecology, device.batch([first, last]))
    expect(response.results.map(r => [r.seq, r.status])).toEqual([[first.seq, 'applied'], [last.seq, 'applied']])
    expect(skipped.seq).toBeLessThan(last.seq)
    expect((await stored(target.id))?.note).toBe('final')
  })

  it('keeps the newer value of a field and stores the losing one in history', async () => {
    const [phoneA, phoneB] = [new TestDevice(), new TestDevice()]
    const target = progressTarget(plan, units.ecology, 1, 1, 2)
    const now = Date.now()
    await server.pushOk(ecology, phoneA.batch([phoneA.mutation('progress', target.id, 'patch', { ...target.keys, note: '已在官网发布' }, now)], now))
    const late = await server.pushOk(ecologyColleague, phoneB.batch([phoneB.mutation('progress', target.id, 'patch', { ...target.keys, note: '旧的草稿' }, now - 60_000)], now))
    expect(late.results[0].status).toBe('superseded')
    expect((await stored(target.id))?.note).toBe('已在官网发布')
    const lost = await history(target.id)
    expect(lost.map(h => [h.field, JSON.parse(h.value)])).toContainEqual(['note', '旧的草稿'])
  })

  it('reports fields of an applied patch that lost', async () => {
    const [phoneA, phoneB] = [new TestDevice(), new TestDevice()]
    const target = progressTarget(plan, units.ecology, 2, 1, 1)
    const now = Date.now()
    await server.pushOk(ecology, phoneA.batch([phoneA.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' }, now)], now))
    const mixed = await server.pushOk(ecologyColleague, phoneB.batch([phoneB.mutation('progress', target.id, 'patch', { ...target.keys, status: 'todo', note: '补充说明' }, now - 1000)], now))
    expect(mixed.results[0]).toEqual({ seq: 1, status: 'applied', lostFields: ['status'] })
    expect(await stored(target.id)).toMatchObject({ status: 'done', note: '补充说明' })
  })

  it('merges edits of different fields from two phones', async () => {
    const [phoneA, phoneB] = [new TestDevice(), new TestDevice()]
    const target = progressTarget(plan, units.ecology, 1, 1, 3)
    const now = Date.now()
    await server.pushOk(ecology, phoneA.batch([phoneA.mutation('progress', target.id, 'patch', { ...target.keys, status: 'partial' }, now)], now))
    await server.pushOk(ecologyColleague, phoneB.batch([phoneB.mutation('progress', target.id, 'patch', { ...target.keys, count: 12 }, now - 5000)], now))
    expect(await stored(target.id)).toMatchObject({ status: 'partial', count: 12 })
  })

  it('corrects device time for clock skew before comparing', async () => {
    const [slowPhone, goodPhone] = [new TestDevice(), new TestDevice()]
    const target = progressTarget(plan, units.ecology, 2, 1, 2)
    const now = Date.now()
    const hour = 3600_000
    // The good phone edits first; the slow phone, whose clock is an hour behind, edits later.
    await server.pushOk(ecology, goodPhone.batch([goodPhone.mutation('progress', target.id, 'patch', { ...target.keys, count: 1 }, now - 10_000)], now))
    const slow = slowPhone.batch([slowPhone.mutation('progress', target.id, 'patch', { ...target.keys, count: 2 }, now - hour - 5_000)], now - hour)
    expect((await server.pushOk(ecologyColleague, slow)).results[0].status).toBe('applied')
    expect((await stored(target.id))?.count).toBe(2)
  })

  it('rejects one mutation without blocking the rest of the batch', async () => {
    const device = new TestDevice()
    const own = progressTarget(plan, units.ecology, 1, 1, 4)
    const foreign = progressTarget(plan, units.town, 1, 2, 0)
    const batch = device.batch([
      device.mutation('progress', foreign.id, 'patch', { ...foreign.keys, status: 'done' }),
      device.mutation('progress', own.id, 'patch', { ...own.keys, count: 7 }),
    ])
    const response = await server.pushOk(ecology, batch)
    expect(response.results[0]).toMatchObject({ seq: 1, status: 'rejected', code: 'forbidden' })
    expect(response.results[0].reason).toMatch(/本单位/)
    expect(response.results[1]).toEqual({ seq: 2, status: 'applied' })
    expect((await stored(own.id))?.count).toBe(7)
    // A resend hears the same rejection, not a bare duplicate.
    const again = await server.pushOk(ecology, batch)
    expect(again.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(again.results[1]).toEqual({ seq: 2, status: 'duplicate' })
  })

  it('makes a delete final and rejects later edits of the record', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 1, 1)
    const { id } = evidence
    const results = await server.pushOk(ecology, device.batch([
      device.mutation('evidence', id, 'put', evidence),
      device.mutation('evidence', id, 'delete', {}),
      device.mutation('evidence', id, 'patch', { caption: '晚到的说明' }),
    ]))
    expect(results.results.map(r => r.status)).toEqual(['applied', 'applied', 'rejected'])
    expect(results.results[2].code).toBe('conflict_deleted')
    const change = (await server.pullAll(ecology)).changes.find(c => c.id === id)
    expect(change).toMatchObject({ deleted: true, data: null })
    expect((await history(id)).map(h => JSON.parse(h.value))).toContain('晚到的说明')
  })

  it('binds a client id to its first user', async () => {
    const device = new TestDevice()
    const target = progressTarget(plan, units.ecology, 1, 1, 5)
    await server.pushOk(ecology, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'mine' })]))
    const other = await server.push(ecologyColleague, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, note: 'not mine' })]))
    expect(other.statusCode).toBe(403)
    expect(other.json().error.code).toBe('client_belongs_to_other_user')
  })
})
