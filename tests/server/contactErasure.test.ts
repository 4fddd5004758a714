// Contact details go a set time after an item is closed: as a change the server writes and
// every device pulls, with history cleaned and the erasure itself on record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contactRetentionDays, eraseDueContacts } from '../../src/server/feedback/contactErasure'
import { contactValueFields } from '../../src/server/feedback/redaction'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { contactPatch } from '../../src/shared/feedback'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { feedbackSettingsId } from '../../src/shared/records/feedbackSettings'
import { contact, feedbackItem, move, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const day = 86_400_000
let server: TestServer
let people: People
const catalog = new PlanCatalog()
const db = () => server.tdb.database.db
const erase = (daysFromNow: number) => eraseDueContacts(db(), catalog, Date.now() + daysFromNow * day)

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
})
afterAll(() => server.close())

/** An item of 区生态环境局 with contact details, referred to 区教育局, answered there and published. */
async function closedItem(): Promise<FeedbackRecord> {
  let item = feedbackItem(units.ecology)
  await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
  for (const [who, action] of [
    [people.ecology, { to: 'referred', unit: units.education }],
    [people.education, { to: 'replied', reply: '已答复', repliedOn: item.receivedOn }],
    [people.ecology, { to: 'published' }],
  ] as const) {
    const patch = move(item, action)
    expect((await pushOne(server, who, 'feedback', item.id, 'patch', patch)).status).toBe('applied')
    item = { ...item, ...patch }
  }
  return item
}

const storedHistoryFields = async (id: string) =>
  (await db().selectFrom('record_history').select('field').where('entity', '=', 'feedback').where('record_id', '=', id).execute()).map(r => r.field)
const auditOf = (id: string) => db().selectFrom('audit_log').selectAll().where('record_id', '=', id).execute()

describe('contact erasure', () => {
  it('leaves open items and items closed less than the retention time alone', async () => {
    const closed = await closedItem()
    const open = feedbackItem(units.ecology)
    await pushOne(server, people.ecology, 'feedback', open.id, 'put', open)
    expect(await contactRetentionDays(db())).toBe(180)
    expect(await erase(179)).toEqual([])
    expect(await erase(10 * 365)).not.toContain(open.id)
    expect((await pulledRecord(server, people.ecology, open.id))?.data).toMatchObject({ name: contact.name, contactErasedAt: null })
    expect(closed.closedAt).not.toBeNull()
  })

  it('erases a due item as a change every device pulls, and records the erasure', async () => {
    const item = await closedItem()
    const cursors = { ecology: (await server.pull(people.ecology)).cursor, education: (await server.pull(people.education)).cursor }
    const at = Date.now() + 181 * day
    expect(await eraseDueContacts(db(), catalog, at)).toContain(item.id)

    for (const [who, cursor] of [[people.ecology, cursors.ecology], [people.education, cursors.education]] as const) {
      const change = (await server.pull(who, cursor)).changes.find(c => c.id === item.id)
      expect(change?.data).toMatchObject({ consent: true, name: null, phone: null, nameMasked: null, phoneMasked: null, contactErasedAt: at, status: 'published' })
    }
    const audit = await auditOf(item.id)
    expect(audit).toEqual([expect.objectContaining({ action: 'contact_erased', actor: 'server', entity: 'feedback', at })])
    expect(JSON.parse(audit[0].detail)).toEqual({ closedAt: item.closedAt, retentionDays: 180 })
    expect(await storedHistoryFields(item.id)).toContain('contactErasedAt')
    expect(await erase(181)).not.toContain(item.id)
  })

  it('removes contact values from history, and keeps none that arrive later', async () => {
    const item = await closedItem()
    const device = new TestDevice()
    const now = Date.now()
    await server.pushOk(people.ecology, device.batch([device.mutation('feedback', item.id, 'patch', contactPatch({ consent: true, name: '张三', phone: '13900000009' }), now)]))
    expect(await storedHistoryFields(item.id)).toEqual(expect.arrayContaining(['name', 'phone', 'nameMasked', 'phoneMasked']))

    expect(await erase(181)).toContain(item.id)
    const left = await storedHistoryFields(item.id)
    expect(left.filter(field => (contactValueFields as readonly string[]).includes(field))).toEqual([])
    const response = await server.app.inject({ method: 'GET', url: `/api/history/feedback/${item.id}`, headers: people.coordinator.auth })
    expect(response.body).not.toContain('13900000009')
    expect(response.body).not.toContain(contact.phone)

    // A phone that was offline all along sends its old correction: it loses, and is not kept.
    const late = await pushOne(server, people.ecologyColleague, 'feedback', item.id, 'patch', contactPatch({ consent: true, name: '张三丰', phone: '13900000010' }), now + 1)
    expect(late.status).toBe('superseded')
    const raw = await db().selectFrom('record_history').select('value').where('record_id', '=', item.id).execute()
    expect(JSON.stringify(raw)).not.toContain('13900000010')
  })

  it('erases a deleted item\'s stored copy at once', async () => {
    const item = feedbackItem(units.ecology)
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    expect((await pushOne(server, people.coordinator, 'feedback', item.id, 'delete', {})).status).toBe('applied')
    expect(await erase(0)).toContain(item.id)
    const row = await db().selectFrom('records').select(['data', 'deleted']).where('entity', '=', 'feedback').where('id', '=', item.id).executeTakeFirstOrThrow()
    expect(row.deleted).toBe(1)
    expect(row.data).not.toContain(contact.phone)
    expect(row.data).not.toContain(contact.name)
  })

  it('erases each item once when two servers run the job at the same moment', async () => {
    const items = [] as FeedbackRecord[]
    for (let i = 0; i < 6; i++)
      items.push(await closedItem())
    const cursor = (await server.pull(people.coordinator)).cursor
    // Two pools on PostgreSQL really race; on SQLite one connection serializes them (two handles
    // in one thread would only wait on each other), and the same must hold.
    const other = server.tdb.engine === 'postgres' ? server.tdb.reopen() : server.tdb.database
    const at = Date.now() + 200 * day
    const [first, second] = await Promise.all([
      eraseDueContacts(db(), catalog, at),
      eraseDueContacts(other.db, new PlanCatalog(), at),
    ])
    const ids = items.map(i => i.id)
    expect([...first, ...second].filter(id => ids.includes(id)).sort()).toEqual([...ids].sort())
    for (const id of ids)
      expect(await auditOf(id)).toHaveLength(1)
    const changes = (await server.pullAll(people.coordinator, cursor)).changes.filter(c => ids.includes(c.id))
    expect(changes).toHaveLength(ids.length)
  })

  it('follows the retention coordinators set', async () => {
    const staff = await pushOne(server, people.ecology, 'feedbackSettings', feedbackSettingsId, 'patch', { contactRetentionDays: 30 })
    expect(staff).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const set = await pushOne(server, people.coordinator, 'feedbackSettings', feedbackSettingsId, 'patch', { contactRetentionDays: 30 })
    expect(set.status).toBe('applied')
    expect(await contactRetentionDays(db())).toBe(30)
    const item = await closedItem()
    expect(await erase(29)).not.toContain(item.id)
    expect(await erase(31)).toContain(item.id)
  })
})
