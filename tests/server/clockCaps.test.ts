// Issue 12 points 6 and 7: a change stamped in the future (a phone clock run ahead, a forged
// `at` or `sentAt: 0`) must not beat later edits, and a closing time in the future must not keep
// contact details past their time. The phone's own times stay in the record for display.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseDueContacts } from '../../src/server/feedback/contactErasure'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { eventRecord, feedbackItem, move, pushOne } from '../helpers/serverFeedback'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const day = 86_400_000
const year = 365 * day
const plan = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

async function captionAfter(first: { at: number, sentAt: number }) {
  const evidence = linkEvidence(plan, units.ecology, 1, 1, 0)
  const ahead = new TestDevice()
  await server.pushOk(people.ecology, ahead.batch([ahead.mutation('evidence', evidence.id, 'put', evidence)]))
  await server.pushOk(people.ecology, ahead.batch([ahead.mutation('evidence', evidence.id, 'patch', { caption: '钟快的手机' }, first.at)], first.sentAt))
  const later = new TestDevice()
  const result = await server.pushOk(people.ecologyColleague, later.batch([later.mutation('evidence', evidence.id, 'patch', { caption: '之后的修改' })]))
  const row = await server.tdb.database.db.selectFrom('records').select(['data', 'stamps']).where('id', '=', evidence.id).executeTakeFirstOrThrow()
  return { result: result.results[0], data: JSON.parse(row.data), stamps: JSON.parse(row.stamps), evidence }
}

describe('stamps from the future', () => {
  it('lets a later edit beat a change stamped years ahead', async () => {
    const { result, data, stamps } = await captionAfter({ at: Date.now() + 10 * year, sentAt: Date.now() })
    expect(result.status).toBe('applied')
    expect(data.caption).toBe('之后的修改')
    expect(stamps.caption.t).toBeLessThanOrEqual(Date.now())
  })

  it('lets a later edit beat a change sent with sentAt 0', async () => {
    const { data } = await captionAfter({ at: Date.now(), sentAt: 0 })
    expect(data.caption).toBe('之后的修改')
  })

  it('keeps the phone\'s own times in the record for display', async () => {
    const evidence = { ...linkEvidence(plan, units.ecology, 1, 1, 1), createdAt: Date.now() + year }
    const device = new TestDevice()
    await server.pushOk(people.ecology, device.batch([device.mutation('evidence', evidence.id, 'put', evidence, evidence.createdAt)]))
    const row = await server.tdb.database.db.selectFrom('records').select(['data', 'stamps']).where('id', '=', evidence.id).executeTakeFirstOrThrow()
    expect(JSON.parse(row.data).createdAt).toBe(evidence.createdAt)
    expect(JSON.parse(row.stamps).createdAt.t).toBeLessThanOrEqual(Date.now())
  })
})

describe('a closing time in the future', () => {
  it('counts contact erasure from when the server heard of the closing', async () => {
    let item = feedbackItem(units.ecology)
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    const future = Date.now() + 50 * year
    for (const action of [{ to: 'replied', reply: '已答复', repliedOn: item.receivedOn }, { to: 'published' }] as const) {
      const patch = move(item, action, future)
      expect((await pushOne(server, people.ecology, 'feedback', item.id, 'patch', patch)).status).toBe('applied')
      item = { ...item, ...patch }
    }
    expect(item.closedAt).toBe(future)
    const erased = await eraseDueContacts(server.tdb.database.db, new PlanCatalog(), Date.now() + 400 * day)
    expect(erased).toContain(item.id)
  })
})

describe('values equal by content (issue 12 point 10)', () => {
  it('reports no lost field and keeps no history when an older patch carries an equal list', async () => {
    const event = eventRecord(units.ecology, { taskIds: [`${plan.id}:1.1`] })
    const device = new TestDevice()
    await server.pushOk(people.ecology, device.batch([device.mutation('event', event.id, 'put', event)]))
    const older = new TestDevice()
    const response = await server.pushOk(people.ecologyColleague, older.batch([older.mutation('event', event.id, 'patch', { taskIds: [`${plan.id}:1.1`] }, Date.now() - 60_000)]))
    expect(response.results[0].lostFields).toBeUndefined()
    const history = await server.tdb.database.db.selectFrom('record_history').select('field').where('record_id', '=', event.id).execute()
    expect(history).toEqual([])
  })
})
