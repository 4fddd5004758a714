// Issue 12 point 9: one change over the single-change limit is refused alone with the limit named;
// the rest of the push applies. A request over the body limit hears that limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maxMutationBytes } from '../../src/shared/sync/protocol'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

describe('an oversized change', () => {
  it('is refused alone, naming the limit, and the rest of the push applies', async () => {
    const device = new TestDevice()
    const good = linkEvidence(plan, units.ecology, 1, 1, 0)
    const huge = { ...linkEvidence(plan, units.ecology, 1, 1, 1), padding: 'x'.repeat(maxMutationBytes) }
    const after = linkEvidence(plan, units.ecology, 1, 1, 2)
    const response = await server.pushOk(people.ecology, device.batch([
      device.mutation('evidence', good.id, 'put', good),
      device.mutation('evidence', huge.id, 'put', huge),
      device.mutation('evidence', after.id, 'put', after),
    ]))
    expect(response.results.map(r => r.status)).toEqual(['applied', 'rejected', 'applied'])
    expect(response.results[1]).toMatchObject({ code: 'too_large' })
    expect(response.results[1].reason).toContain('2 MB')
  })

  it('over the body limit, is answered 413 naming that limit', async () => {
    const device = new TestDevice()
    const huge = { ...linkEvidence(plan, units.ecology, 1, 1, 3), padding: 'x'.repeat(9 * 1024 * 1024) }
    const response = await server.push(people.ecology, device.batch([device.mutation('evidence', huge.id, 'put', huge)]))
    expect(response.statusCode).toBe(413)
    expect(response.json().error.message).toContain('8 MB')
  })
})
