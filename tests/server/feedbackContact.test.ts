// Full names and phone numbers leave the server only for coordinators and the recording unit:
// not in pulls, not in the history of values that lost a conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordHistoryEntry } from '../../src/shared/api/history'
import { contactPatch } from '../../src/shared/feedback'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { contact, feedbackItem, move, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'
import { fetchPhoto, photoRefOf, png, uploadPhoto } from '../helpers/serverPhotos'

let server: TestServer
let people: People
let item: FeedbackRecord
const phones = { first: '13900000001', older: '13900000002', latest: '13900000003' }

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
  item = feedbackItem(units.ecology, {}, Date.now() - 60_000)
  await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
  await pushOne(server, people.ecology, 'feedback', item.id, 'patch', move(item, { to: 'referred', unit: units.education }))
})
afterAll(() => server.close())

const history = (who: SignedIn, entity: string, id: string) =>
  server.app.inject({ method: 'GET', url: `/api/history/${entity}/${encodeURIComponent(id)}`, headers: who.auth })

describe('contact details in pulls', () => {
  it('reach the recording unit and coordinators in full', async () => {
    for (const who of [people.ecology, people.ecologyColleague, people.coordinator])
      expect((await pulledRecord(server, who, item.id))?.data).toMatchObject({ name: contact.name, phone: contact.phone })
  })

  it('reach the unit it was referred to masked only, nowhere in the response', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&limit=1000', headers: people.education.auth })
    expect(response.body).not.toContain(contact.phone)
    expect(response.body).not.toContain(contact.name)
    const pulled = (response.json().changes as Array<{ id: string, data: Record<string, unknown> }>).find(c => c.id === item.id)
    expect(pulled?.data).toMatchObject({ name: null, phone: null, nameMasked: '张**', phoneMasked: '138****1234', consent: true, content: item.content })
  })
})

describe('the photo of a handwritten card', () => {
  it('reaches only those who see the contact details, since the card shows them', async () => {
    const bytes = png(501)
    const photo = photoRefOf(bytes)
    expect((await uploadPhoto(server, people.ecology, photo.sha256, bytes)).statusCode).toBe(201)
    const card = feedbackItem(units.ecology, { photo, content: '手写意见卡：希望增加停车位' })
    await pushOne(server, people.ecology, 'feedback', card.id, 'put', card)
    await pushOne(server, people.ecology, 'feedback', card.id, 'patch', move(card, { to: 'referred', unit: units.education }))

    expect((await pulledRecord(server, people.education, card.id))?.data).toMatchObject({ photo: null, content: card.content })
    expect((await fetchPhoto(server, people.education, photo.sha256)).statusCode).toBe(403)
    expect((await pulledRecord(server, people.ecologyColleague, card.id))?.data).toMatchObject({ photo })
    for (const who of [people.ecologyColleague, people.coordinator])
      expect((await fetchPhoto(server, who, photo.sha256)).statusCode).toBe(200)
  })
})

describe('contact details in history', () => {
  beforeAll(async () => {
    // Three phones of the recording unit correct the number; the oldest edit arrives last and loses.
    const device = new TestDevice()
    const at = Date.now()
    await server.pushOk(people.ecology, device.batch([device.mutation('feedback', item.id, 'patch', contactPatch({ consent: true, name: contact.name, phone: phones.first }), at)]))
    const colleague = new TestDevice()
    await server.pushOk(people.ecologyColleague, colleague.batch([colleague.mutation('feedback', item.id, 'patch', contactPatch({ consent: true, name: '张三', phone: phones.latest }), at + 1000)]))
    const late = new TestDevice()
    const result = await server.pushOk(people.ecology, late.batch([late.mutation('feedback', item.id, 'patch', contactPatch({ consent: true, name: contact.name, phone: phones.older }), at - 1000)]))
    expect(result.results[0].status).toBe('superseded')
  })

  it('keeps the lost numbers with who wrote them and when, for coordinators', async () => {
    const response = await history(people.coordinator, 'feedback', item.id)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const entries = response.json().entries as RecordHistoryEntry[]
    const lostPhones = entries.filter(e => e.field === 'phone').map(e => e.value)
    expect(lostPhones).toEqual(expect.arrayContaining([contact.phone, phones.first, phones.older]))
    const older = entries.find(e => e.field === 'phone' && e.value === phones.older)
    expect(older?.by).toEqual({ userId: people.ecology.user.id, displayName: people.ecology.user.displayName, unit: units.ecology })
    expect(older?.at).toBeLessThan(older!.recordedAt)
    expect((await history(people.ecology, 'feedback', item.id)).body).toContain(phones.older)
  })

  it('shows the referred unit the history without a full name or number', async () => {
    const response = await history(people.education, 'feedback', item.id)
    expect(response.statusCode).toBe(200)
    for (const secret of [contact.phone, phones.first, phones.older, phones.latest, contact.name])
      expect(response.body).not.toContain(secret)
    const fields = (response.json().entries as RecordHistoryEntry[]).map(e => e.field)
    expect(fields).toContain('phoneMasked')
    expect(fields).toContain('status')
    expect(fields).not.toContain('phone')
  })

  it('answers 403 to a unit that may not read the item, 404 for none, 400 naming a bad entity', async () => {
    expect((await history(people.town, 'feedback', item.id)).statusCode).toBe(403)
    expect((await history(people.coordinator, 'feedback', crypto.randomUUID())).statusCode).toBe(404)
    const bad = await history(people.coordinator, 'secrets', item.id)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['entity'])
    expect((await server.app.inject({ method: 'GET', url: `/api/history/feedback/${item.id}` })).statusCode).toBe(401)
  })
})
