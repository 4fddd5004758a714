// Who may write a feedback item: the recording unit and coordinators; the unit it was referred
// to, for its handling and adoption only. Who receives it on pull follows the referral.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { contact, feedbackItem, move, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, type TestServer } from '../helpers/server'

let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
})
afterAll(() => server.close())

/** An item of 区生态环境局 referred to 区教育局. */
async function referredItem(): Promise<FeedbackRecord> {
  const item = feedbackItem(units.ecology)
  expect((await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)).status).toBe('applied')
  const referral = move(item, { to: 'referred', unit: units.education })
  expect((await pushOne(server, people.ecology, 'feedback', item.id, 'patch', referral)).status).toBe('applied')
  return { ...item, ...referral }
}

describe('the unit a feedback item is referred to', () => {
  it('starts receiving it on pull, while the recording unit keeps it and others never see it', async () => {
    const item = feedbackItem(units.ecology)
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    expect(await pulledRecord(server, people.education, item.id)).toBeUndefined()
    const cursor = (await server.pull(people.education)).cursor
    await pushOne(server, people.ecology, 'feedback', item.id, 'patch', move(item, { to: 'referred', unit: units.education }))

    const gained = (await server.pull(people.education, cursor)).changes
    expect(gained).toEqual([expect.objectContaining({ id: item.id, deleted: false, data: expect.objectContaining({ status: 'referred', referredTo: units.education }) })])
    expect(await pulledRecord(server, people.ecology, item.id)).toMatchObject({ deleted: false, data: { status: 'referred' } })
    expect(await pulledRecord(server, people.town, item.id)).toBeUndefined()
  })

  it('writes the reply and the adoption', async () => {
    const item = await referredItem()
    const reply = move(item, { to: 'replied', reply: '已在下次开放日增加讲解员', repliedOn: item.receivedOn })
    expect(await pushOne(server, people.education, 'feedback', item.id, 'patch', reply)).toMatchObject({ status: 'applied' })
    expect(await pushOne(server, people.education, 'feedback', item.id, 'patch', { adoption: 'adopted' })).toMatchObject({ status: 'applied' })
    const seen = await pulledRecord(server, people.ecology, item.id)
    expect(seen?.data).toMatchObject({ status: 'replied', reply: '已在下次开放日增加讲解员', adoption: 'adopted', name: contact.name })
  })

  it('keeps the referring unit\'s note with the referral, and lets the referred unit refer on with its own', async () => {
    const item = feedbackItem(units.ecology)
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    const referral = { ...move(item, { to: 'referred', unit: units.education }), referralNote: '请核实后直接答复' }
    expect(await pushOne(server, people.ecology, 'feedback', item.id, 'patch', referral)).toMatchObject({ status: 'applied' })
    expect((await pulledRecord(server, people.education, item.id))?.data).toMatchObject({ referredTo: units.education, referralNote: '请核实后直接答复' })
    const tooLong = await pushOne(server, people.ecology, 'feedback', item.id, 'patch', { referralNote: 'x'.repeat(501) })
    expect(tooLong.status).toBe('rejected')
    expect(tooLong.reason).toContain('referralNote')
  })

  it('may not change anything else, send the whole record or delete it', async () => {
    const item = await referredItem()
    const content = await pushOne(server, people.education, 'feedback', item.id, 'patch', { content: '改写后的意见' })
    expect(content).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(content.reason).toContain('content')
    const contactChange = await pushOne(server, people.education, 'feedback', item.id, 'patch', { consent: true, name: '李四', phone: '13900001111', nameMasked: '李*', phoneMasked: '139****1111', contactErasedAt: null })
    expect(contactChange).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await pushOne(server, people.education, 'feedback', item.id, 'put', { ...item, topic: '其他' })).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await pushOne(server, people.education, 'feedback', item.id, 'delete', {})).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await pulledRecord(server, people.ecology, item.id))?.data).toMatchObject({ content: item.content, name: contact.name, topic: item.topic })
  })

  it('is the only other unit that may: a unit it was not referred to may not reply', async () => {
    const item = await referredItem()
    const reply = move(item, { to: 'replied', reply: '越权答复', repliedOn: item.receivedOn })
    const result = await pushOne(server, people.town, 'feedback', item.id, 'patch', reply)
    expect(result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await pulledRecord(server, people.ecology, item.id))?.data).toMatchObject({ status: 'referred', reply: null })
  })

  it('loses it when it refers the item on, and the next unit gains it; the recording unit keeps it', async () => {
    const item = await referredItem()
    const cursors = { education: (await server.pull(people.education)).cursor, town: (await server.pull(people.town)).cursor }
    const onward = move(item, { to: 'referred', unit: units.town }, item.referredAt! + 1000)
    expect(await pushOne(server, people.education, 'feedback', item.id, 'patch', onward)).toMatchObject({ status: 'applied' })
    expect((await server.pull(people.education, cursors.education)).changes).toEqual([expect.objectContaining({ id: item.id, deleted: true, data: null })])
    expect((await server.pull(people.town, cursors.town)).changes).toEqual([expect.objectContaining({ id: item.id, deleted: false })])
    expect(await pulledRecord(server, people.ecology, item.id)).toMatchObject({ deleted: false, data: { referredTo: units.town } })
    // No longer its business: the former unit may not write it any more.
    const late = await pushOne(server, people.education, 'feedback', item.id, 'patch', { adoption: 'partial' })
    expect(late).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })
})
