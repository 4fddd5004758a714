// Issue 12 point 12: the masked fields carry masks only, and phone numbers a visitor wrote into
// the text reach a unit the item is referred to masked like the phone field.
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

describe('contact details in feedback', () => {
  it('refuses full contact details in the masked fields, naming the field', async () => {
    const full = { ...feedbackItem(units.ecology), name: null, phone: null, phoneMasked: '13866667777', nameMasked: '张三丰' }
    const result = await pushOne(server, people.ecology, 'feedback', full.id, 'put', full)
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(result.issues?.map(i => i.path)).toEqual(expect.arrayContaining(['mutations.0.data.phoneMasked', 'mutations.0.data.nameMasked']))
  })

  it('masks phone numbers in the text for the unit an item is referred to, not for its own unit', async () => {
    const content = '请联系我 138 1234 5678，或办公室 021-69712345，工号 12345。'
    const item = feedbackItem(units.ecology, { content })
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    await pushOne(server, people.ecology, 'feedback', item.id, 'patch', move(item, { to: 'referred', unit: units.education }))
    const referred = await pulledRecord(server, people.education, item.id)
    expect(referred?.data?.content).toBe('请联系我 138****5678，或办公室 021****2345，工号 12345。')
    expect((await pulledRecord(server, people.ecology, item.id))?.data?.content).toBe(content)
  })
})
