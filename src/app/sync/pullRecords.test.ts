// Every registered entity syncs through the same table mapping: issue-5 records land in their
// tables, tombstones remove them, and a record with a change still waiting is left alone.
import { describe, expect, it } from 'vitest'
import { db } from '../db/database'
import { readSession } from '../db/identity'
import { addEventPhoto } from '../db/eventDayRepository'
import { changeEvent, createEvent } from '../db/eventRepository'
import { recordEntities, syncedTables } from '../db/syncedTables'
import { entityNames } from '../../shared/records'
import { standardEventTemplate } from '../../shared/events'
import { uuidv7 } from '../../shared/ids'
import { event, feedback, t0 } from '../../../tests/shared/feedback/fixtures'
import { pullChanges } from './pull'
import { freshDevice, signIn } from '../../../tests/helpers/app/device'

const unit = '区政府办公室'
function draft() {
  const { id: _id, status: _status, createdAt: _at, createdBy: _by, ...fields } = event({ unit })
  return fields
}
const checkin = (eventId: string) => ({ id: uuidv7(), eventId, unit, attendeeType: 'media', delta: 1, at: t0, by: 'li' })

describe('pulling issue-5 records', () => {
  it('has a device table for every entity of the registry but plans', () => {
    expect([...recordEntities, 'plan'].sort()).toEqual([...entityNames].sort())
    const tables = db.tables.map(table => table.name)
    expect(Object.values(syncedTables).filter(name => !tables.includes(name))).toEqual([])
  })

  it('writes pulled events, feedback and check-ins to their tables and removes them on tombstones', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const pulledEvent = event({ unit })
    const pulledFeedback = feedback({ unit, eventId: pulledEvent.id })
    const tap = checkin(pulledEvent.id)
    server.putRecord('event', pulledEvent.id, pulledEvent)
    server.putRecord('feedback', pulledFeedback.id, pulledFeedback)
    server.putRecord('checkin', tap.id, tap)
    expect(await engine.syncNow()).toMatchObject({ problem: null, pulled: 3 })
    expect(await db.events.get(pulledEvent.id)).toEqual(pulledEvent)
    expect(await db.feedback.where('eventId').equals(pulledEvent.id).toArray()).toEqual([pulledFeedback])
    expect(await db.checkins.where('eventId').equals(pulledEvent.id).count()).toBe(1)

    server.putRecord('event', pulledEvent.id, null)
    server.putRecord('feedback', pulledFeedback.id, null)
    server.putRecord('checkin', tap.id, null)
    expect(await engine.syncNow()).toMatchObject({ pulled: 3 })
    expect(await db.events.count()).toBe(0)
    expect(await db.feedback.count()).toBe(0)
    expect(await db.checkins.count()).toBe(0)
  })

  it('never overwrites an event whose local change is still waiting, and sends the change', async () => {
    const { server, api, engine, clock } = await freshDevice()
    await signIn(api, 'wang')
    const known = event({ unit })
    const other = event({ unit, id: uuidv7(), title: '另一场' })
    server.putRecord('event', known.id, known)
    await engine.syncNow()
    await changeEvent(known.id, { title: '本机改的标题' })
    server.putRecord('event', known.id, { title: '服务器的标题', venue: '新场馆' })
    server.putRecord('event', other.id, other)
    const ctx = { database: undefined, api, now: clock.now, isOnline: () => true, batchSize: 200, pullLimit: 500, yieldToPage: async () => {} }
    expect(await pullChanges(ctx, (await readSession())!.token, 'user-wang')).toBe(2)
    expect(await db.events.get(known.id)).toMatchObject({ title: '本机改的标题', venue: known.venue })
    expect(await db.events.get(other.id)).toMatchObject({ title: '另一场' })

    expect(await engine.syncNow()).toMatchObject({ problem: null })
    expect(await db.outbox.count()).toBe(0)
    expect(await db.events.get(known.id)).toMatchObject({ title: '本机改的标题', venue: '新场馆' })
  })

  it('on another user, removes what the previous one could see but keeps templates read by everyone', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const mine = event({ unit })
    const template = { ...standardEventTemplate, name: '协调员改过的清单', updatedAt: t0 }
    server.putRecord('event', mine.id, mine)
    server.putRecord('feedback', feedback({ unit }).id, feedback({ unit }))
    server.putRecord('eventTemplate', template.id, template)
    await engine.syncNow()
    expect(await db.eventTemplates.count()).toBe(1)
    server.expireSessions()
    await signIn(api, 'li')
    await engine.syncNow()
    expect(await db.events.count()).toBe(0)
    expect(await db.feedback.count()).toBe(0)
    expect(await db.eventTemplates.get(template.id)).toMatchObject({ name: '协调员改过的清单' })
  })

  it('uploads the photo an event photo refers to before pushing it', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const held = await createEvent(draft(), null, 'wang', t0)
    const ref = { sha256: 'c'.repeat(64), mime: 'image/jpeg' as const, width: 4, height: 3, bytes: 5 }
    await addEventPhoto(held, { ref, blob: new Blob(['jpeg!']), thumb: new Blob(['t']) }, '合影', 'wang')
    expect(await engine.syncNow()).toMatchObject({ problem: null })
    const calls = server.calls.filter(c => !c.includes('pull') && !c.includes('login'))
    expect(calls).toEqual([`PUT /api/photos/${ref.sha256}`, 'POST /api/sync/push'])
    expect(await db.photos.get(ref.sha256)).toMatchObject({ uploaded: 1 })
  })
})
