// Issue 12 point 8: only a change the server has stored is acknowledged. A lower sequence number
// never received is applied like any change; two changes under one number in a batch: the second
// is refused with its own code, never answered 'duplicate'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mutation } from '../../src/shared/sync/protocol'
import { uuidv7 } from '../../src/shared/ids'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, type TestServer } from '../helpers/server'
import { addSeq, hasSeq } from '../../src/server/sync/sequenceRanges'

const plan = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

function put(seq: number, index: number): Mutation {
  const evidence = linkEvidence(plan, units.ecology, 1, 1, index)
  return { seq, entity: 'evidence', id: evidence.id, op: 'put', data: evidence, at: Date.now() }
}
const storedIds = async () => (await server.tdb.database.db.selectFrom('records').select('id').where('entity', '=', 'evidence').execute()).map(r => r.id)

describe('sequence numbers', () => {
  it('applies a lower number never received instead of calling it a duplicate', async () => {
    const clientId = uuidv7()
    const high = put(5, 0)
    const low = put(3, 1)
    expect((await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [high] })).results[0].status).toBe('applied')
    expect((await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [low] })).results[0].status).toBe('applied')
    expect(await storedIds()).toEqual(expect.arrayContaining([high.id, low.id]))
    const again = await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [low, high] })
    expect(again.results.map(r => r.status)).toEqual(['duplicate', 'duplicate'])
  })

  it('refuses the second of two changes sharing a number in one batch, and stores only the first', async () => {
    const clientId = uuidv7()
    const first = put(1, 2)
    const second = put(1, 3)
    const response = await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [first, second] })
    expect(response.results[0].status).toBe('applied')
    expect(response.results[1]).toMatchObject({ status: 'rejected', code: 'sequence_reused' })
    expect(response.results[1].reason).toContain('1')
    const ids = await storedIds()
    expect(ids).toContain(first.id)
    expect(ids).not.toContain(second.id)
  })

  it('refuses a number received before with other content, and still answers a true resend as duplicate', async () => {
    const clientId = uuidv7()
    const first = put(1, 4)
    await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [first] })
    const other = put(1, 5)
    const response = await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [first, other] })
    expect(response.results[0].status).toBe('duplicate')
    expect(response.results[1]).toMatchObject({ status: 'rejected', code: 'sequence_reused' })
    const later = await server.pushOk(people.ecology, { clientId, sentAt: Date.now(), mutations: [other] })
    expect(later.results[0]).toMatchObject({ status: 'rejected', code: 'sequence_reused' })
    expect(await storedIds()).not.toContain(other.id)
  })

  it('keeps received numbers as merged ranges', () => {
    let ranges = addSeq(addSeq(addSeq([], 1), 3), 2)
    expect(ranges).toEqual([[1, 3]])
    ranges = addSeq(ranges, 7)
    expect(hasSeq(ranges, 5)).toBe(false)
    expect(hasSeq(ranges, 7)).toBe(true)
  })
})
