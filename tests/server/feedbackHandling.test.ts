// Handling moves are checked against the stored item: an illegal or stale move is refused with
// the reason in words and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feedbackItem, move, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, type TestServer } from '../helpers/server'

let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
})
afterAll(() => server.close())

async function recorded() {
  const item = feedbackItem(units.ecology)
  expect((await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)).status).toBe('applied')
  return item
}

const stored = async (id: string) => (await pulledRecord(server, people.coordinator, id))?.data

describe('feedback handling on the server', () => {
  it('refuses skipping from registered straight to published, for coordinators too', async () => {
    const item = await recorded()
    const skipped = { ...move(item, { to: 'replied', reply: '答复', repliedOn: item.receivedOn }), status: 'published', closedAt: Date.now() }
    for (const who of [people.ecology, people.coordinator]) {
      const result = await pushOne(server, who, 'feedback', item.id, 'patch', skipped)
      expect(result).toMatchObject({ status: 'rejected', code: 'invalid_transition' })
      expect(result.reason).toContain('「已登记」')
      expect(result.reason).toContain('「已公开」')
    }
    expect(await stored(item.id)).toMatchObject({ status: 'registered', reply: null, closedAt: null })
  })

  it('refuses a stale referral made on a phone that had not seen the reply', async () => {
    const item = await recorded()
    const reply = move(item, { to: 'replied', reply: '本局已答复', repliedOn: item.receivedOn })
    expect((await pushOne(server, people.ecology, 'feedback', item.id, 'patch', reply)).status).toBe('applied')
    // The other phone still holds the item as registered and refers it.
    const staleReferral = move(item, { to: 'referred', unit: units.education })
    const result = await pushOne(server, people.ecologyColleague, 'feedback', item.id, 'patch', staleReferral)
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid_transition' })
    expect(result.reason).toMatch(/[\u4E00-\u9FFF]/)
    expect(result.reason).toContain('「已答复」')
    expect(await stored(item.id)).toMatchObject({ status: 'replied', referredTo: null })
    expect(await pulledRecord(server, people.education, item.id)).toBeUndefined()
  })

  it('refuses any move once the item is closed, but accepts the same state sent again', async () => {
    const item = await recorded()
    const replied = { ...item, ...move(item, { to: 'replied', reply: '已答复', repliedOn: item.receivedOn }) }
    await pushOne(server, people.ecology, 'feedback', item.id, 'patch', move(item, { to: 'replied', reply: '已答复', repliedOn: item.receivedOn }))
    const published = move(replied, { to: 'published' })
    expect((await pushOne(server, people.ecology, 'feedback', item.id, 'patch', published)).status).toBe('applied')

    const rewrite = move(replied, { to: 'replied', reply: '修改后的答复', repliedOn: item.receivedOn })
    const result = await pushOne(server, people.ecology, 'feedback', item.id, 'patch', rewrite)
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid_transition' })
    expect(result.reason).toContain('办理已经结束')
    expect(result.issues?.[0].path).toBe('mutations.0.data.status')

    expect((await pushOne(server, people.ecology, 'feedback', item.id, 'patch', published)).status).toBe('applied')
    expect((await pushOne(server, people.ecology, 'feedback', item.id, 'put', { ...replied, ...published })).status).toBe('applied')
    expect(await stored(item.id)).toMatchObject({ status: 'published', reply: '已答复' })
  })

  it('refuses a referral back to the recording unit itself', async () => {
    const item = await recorded()
    const handing = { ...move(item, { to: 'referred', unit: units.education }), referredTo: units.ecology }
    const result = await pushOne(server, people.ecology, 'feedback', item.id, 'patch', handing)
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid_transition' })
    expect(await stored(item.id)).toMatchObject({ status: 'registered' })
  })
})
