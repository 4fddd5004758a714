// Issue 12 point 1: a record that hangs on an event (check-in, note, session, photo, checklist
// item, questionnaire response, feedback) must carry that event's unit, so no unit can add to
// another unit's event, take its checklist ids, or learn its event through a referral.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'
import { eventRecord, feedbackItem, move, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { photoRefOf, png } from '../helpers/serverPhotos'

let server: TestServer
let people: People
const ecologyEvent = eventRecord(units.ecology)
const townEvent = eventRecord(units.town)

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
  expect(await pushOne(server, people.ecology, 'event', ecologyEvent.id, 'put', ecologyEvent)).toMatchObject({ status: 'applied' })
  expect(await pushOne(server, people.town, 'event', townEvent.id, 'put', townEvent)).toMatchObject({ status: 'applied' })
})
afterAll(() => server.close())

/** Every kind of record that hangs on an event, as `unit` would make it for `eventId`. */
function childrenOf(eventId: string, unit: string) {
  const now = Date.now()
  return {
    checkin: { id: uuidv7(), eventId, unit, attendeeType: 'citizen', delta: 1, at: now, by: 'x' },
    eventNote: { id: uuidv7(), eventId, unit, text: '记录', at: now, by: 'x' },
    eventSession: { id: uuidv7(), eventId, unit, kind: 'visit', title: '参观', startsAt: now, endsAt: null, note: '' },
    eventPhoto: { id: uuidv7(), eventId, unit, photo: photoRefOf(png(7)), caption: '', takenAt: now, createdBy: 'x' },
    eventChecklistItem: { id: uuidv7(), eventId, unit, phase: 'before', text: '准备', order: 0, done: false, doneAt: null, doneBy: null, note: '' },
    questionnaireResponse: { id: uuidv7(), questionnaireId: 'standard', eventId, unit, channel: 'kiosk', respondentKey: null, answers: [], submittedAt: now },
    feedback: feedbackItem(unit, { eventId }),
  } as const
}

describe('records on an event carry the event\'s unit', () => {
  it('refuses every kind of record a unit hangs on another unit\'s event, naming no unit', async () => {
    for (const [entity, record] of Object.entries(childrenOf(townEvent.id, units.ecology))) {
      const result = await pushOne(server, people.ecology, entity as never, record.id, 'put', record)
      expect(result, entity).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(result.reason, entity).not.toContain(units.town)
    }
  })

  it('refuses the same from a coordinator, whose record must take the event\'s unit', async () => {
    const feedback = feedbackItem(units.office, { eventId: townEvent.id })
    expect(await pushOne(server, people.coordinator, 'feedback', feedback.id, 'put', feedback)).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const right = feedbackItem(units.town, { eventId: townEvent.id })
    expect(await pushOne(server, people.coordinator, 'feedback', right.id, 'put', right)).toMatchObject({ status: 'applied' })
  })

  it('accepts every kind on the unit\'s own event, and an event made earlier in the same push', async () => {
    for (const [entity, record] of Object.entries(childrenOf(ecologyEvent.id, units.ecology)))
      expect(await pushOne(server, people.ecology, entity as never, record.id, 'put', record), entity).toMatchObject({ status: 'applied' })
    const fresh = eventRecord(units.ecology)
    const note = childrenOf(fresh.id, units.ecology).eventNote
    const device = new TestDevice()
    const response = await server.pushOk(people.ecology, device.batch([device.mutation('event', fresh.id, 'put', fresh), device.mutation('eventNote', note.id, 'put', note)]))
    expect(response.results.map(r => r.status)).toEqual(['applied', 'applied'])
  })

  it('refuses a record on an event the server has never seen', async () => {
    const note = childrenOf(uuidv7(), units.ecology).eventNote
    expect(await pushOne(server, people.ecology, 'eventNote', note.id, 'put', note)).toMatchObject({ status: 'rejected', code: 'not_found' })
  })

  it('refuses a checklist id of another event, so nobody can take an item before its unit does', async () => {
    const item = { ...childrenOf(ecologyEvent.id, units.ecology).eventChecklistItem, id: `${townEvent.id}#welcome` }
    const result = await pushOne(server, people.ecology, 'eventChecklistItem', item.id, 'put', item)
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(result.issues?.[0].path).toBe('mutations.0.data.id')
    const own = { ...childrenOf(townEvent.id, units.town).eventChecklistItem, id: `${townEvent.id}#welcome` }
    expect(await pushOne(server, people.town, 'eventChecklistItem', own.id, 'put', own)).toMatchObject({ status: 'applied' })
  })

  it('keeps the event of referred feedback from the unit it is referred to', async () => {
    const item = feedbackItem(units.ecology, { eventId: ecologyEvent.id })
    await pushOne(server, people.ecology, 'feedback', item.id, 'put', item)
    await pushOne(server, people.ecology, 'feedback', item.id, 'patch', move(item, { to: 'referred', unit: units.town }))
    const seen = await pulledRecord(server, people.town, item.id)
    expect(seen?.data).toMatchObject({ id: item.id, eventId: null })
    expect((await pulledRecord(server, people.ecology, item.id))?.data).toMatchObject({ eventId: ecologyEvent.id })
  })

  it('does not name the host unit when refusing another unit its public link', async () => {
    const response = await server.app.inject({ method: 'GET', url: `/api/events/${townEvent.id}/public-link`, headers: people.ecology.auth })
    expect(response.statusCode).toBe(403)
    expect(response.body).not.toContain(units.town)
  })
})
