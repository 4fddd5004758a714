// The public questionnaire link: opened by the event's unit, answered on visitors' own phones
// without sign-in, one response per device, limited per address, shut with the event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicLinkCreated } from '../../src/shared/api/eventLinks'
import { standardQuestionnaire } from '../../src/shared/questionnaire'
import type { EventRecord } from '../../src/shared/records/event'
import { eventRecord, pulledRecord, pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, type SignedIn, startPlanServer, startTestServer, type TestServer } from '../helpers/server'
import { completeAnswers, Visitor } from '../helpers/serverVisitor'

let server: TestServer
let people: People
const rateLimit = { max: 6, timeWindowMs: 60_000 }

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan(), { publicRateLimit: rateLimit }))
})
afterAll(() => server.close())

async function hostedEvent(fields: Partial<EventRecord> = {}): Promise<EventRecord> {
  const event = eventRecord(units.ecology, fields)
  expect((await pushOne(server, people.ecology, 'event', event.id, 'put', event)).status).toBe('applied')
  return event
}

const linkRequest = (who: SignedIn | null, method: 'POST' | 'GET' | 'DELETE', eventId: string, payload?: object) =>
  server.app.inject({ method, url: `/api/events/${eventId}/public-link`, headers: who?.auth ?? {}, ...(payload ? { payload } : {}) })

async function openLink(event: EventRecord, who = people.ecology): Promise<PublicLinkCreated> {
  const response = await linkRequest(who, 'POST', event.id)
  expect(response.statusCode).toBe(201)
  return response.json()
}

describe('opening a public link', () => {
  it('gives the host unit an unguessable link, stored only as a hash', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    expect(link.token).toMatch(/^[\w-]{43}$/)
    expect(link.url).toMatch(new RegExp(`^http://[^/]+/q/${link.token}$`))
    const rows = await server.tdb.database.db.selectFrom('public_links').selectAll().where('event_id', '=', event.id).execute()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(link.token)
    expect((await linkRequest(people.ecologyColleague, 'GET', event.id)).json().links).toEqual([expect.objectContaining({ createdBy: people.ecology.user.id })])
  })

  it('uses the configured public address where the server cannot see its own', async () => {
    const behindProxy = await startTestServer({ publicUrl: 'https://kfr.example.gov.cn/' })
    try {
      const staff = await behindProxy.signIn(units.ecology)
      const event = eventRecord(units.ecology)
      await behindProxy.pushOk(staff, { clientId: crypto.randomUUID(), sentAt: Date.now(), mutations: [{ seq: 1, entity: 'event', id: event.id, op: 'put', data: event, at: Date.now() }] })
      const created = await behindProxy.app.inject({ method: 'POST', url: `/api/events/${event.id}/public-link`, headers: staff.auth })
      expect(created.json().url).toBe(`https://kfr.example.gov.cn/q/${created.json().token}`)
    }
    finally {
      await behindProxy.close()
    }
  })

  it('is refused to other units, without sign-in, for unknown events and with a body it does not take', async () => {
    const event = await hostedEvent()
    expect((await linkRequest(people.education, 'POST', event.id)).statusCode).toBe(403)
    expect((await linkRequest(null, 'POST', event.id)).statusCode).toBe(401)
    expect((await linkRequest(people.ecology, 'POST', crypto.randomUUID())).statusCode).toBe(404)
    const extra = await linkRequest(people.ecology, 'POST', event.id, { expires: 3 })
    expect(extra.statusCode).toBe(400)
    expect((await linkRequest(people.coordinator, 'POST', event.id)).statusCode).toBe(201)
  })
})

describe('answering on a visitor\'s phone', () => {
  it('shows the questionnaire with the event\'s title, time and venue, and nothing else', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const response = await new Visitor(server).view(link.token)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const body = response.json()
    expect(Object.keys(body).sort()).toEqual(['alreadyAnswered', 'event', 'questionnaire'])
    expect(body.event).toEqual({ title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue })
    expect(body.questionnaire).toEqual({ id: standardQuestionnaire.id, title: standardQuestionnaire.title, intro: standardQuestionnaire.intro, thanks: standardQuestionnaire.thanks, questions: standardQuestionnaire.questions })
    expect(body.alreadyAnswered).toBe(false)
    for (const hidden of [event.id, event.unit, event.theme, people.ecology.user.id])
      expect(response.body).not.toContain(hidden)
  })

  it('lands a response in the inbox of the event\'s unit and of coordinators', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const visitor = new Visitor(server)
    const response = await visitor.answer(link.token)
    expect(response.statusCode).toBe(201)
    const { id, thanks } = response.json()
    expect(thanks).toBe(standardQuestionnaire.thanks)
    expect(String(response.headers['set-cookie'])).toMatch(/^kfr_respondent=[\w-]+; Path=\/api\/public; .*HttpOnly; SameSite=Lax/)
    for (const who of [people.ecology, people.coordinator]) {
      expect((await pulledRecord(server, who, id))?.data).toEqual({
        id,
        questionnaireId: standardQuestionnaire.id,
        eventId: event.id,
        unit: units.ecology,
        channel: 'link',
        respondentKey: visitor.deviceId,
        answers: completeAnswers,
        submittedAt: expect.any(Number),
      })
    }
    expect(await pulledRecord(server, people.education, id)).toBeUndefined()
  })

  it('takes one response per device, by its key or by its cookie, even when sent twice at once', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const visitor = new Visitor(server)
    const [first, second] = await Promise.all([visitor.answer(link.token), visitor.answer(link.token)])
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409])
    const again = await visitor.answer(link.token)
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({ code: 'already_answered', message: expect.stringContaining('已经提交过') })
    expect((await visitor.view(link.token, true)).json().alreadyAnswered).toBe(true)

    visitor.deviceId = `device-${crypto.randomUUID()}`
    expect((await visitor.answer(link.token)).statusCode).toBe(409)
    expect((await visitor.view(link.token)).json().alreadyAnswered).toBe(true)
    expect((await new Visitor(server, visitor.ip).answer(link.token)).statusCode).toBe(201)
    const stored = await server.tdb.database.db.selectFrom('records').select('id').where('entity', '=', 'questionnaireResponse').where('data', 'like', `%${event.id}%`).execute()
    expect(stored).toHaveLength(2)
  })

  it('names each bad answer and stores nothing', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const visitor = new Visitor(server)
    const unfit = await visitor.answer(link.token, [{ questionId: 'overall', kind: 'rating', value: 9 }, { questionId: 'identity', kind: 'single', optionId: 'o99' }])
    expect(unfit.statusCode).toBe(400)
    const paths = unfit.json().error.issues.map((i: { path: string }) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['answers.0', 'answers.1', 'questions.organisation', 'questions.again']))
    const malformed = await visitor.answer(link.token, [{ questionId: 'overall', kind: 'stars', value: 5 } as never], { deviceId: 'short' })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['answers.0.kind', 'deviceId'])
    expect(visitor.cookie).toBeNull()
    expect((await visitor.view(link.token, true)).json().alreadyAnswered).toBe(false)
    expect((await visitor.answer(link.token)).statusCode).toBe(201)
  })

  it('asks the questionnaire the event names, and none that coordinators archived', async () => {
    const custom = { ...standardQuestionnaire, id: 'questionnaire-briefing', title: '政策解读会问卷', questions: standardQuestionnaire.questions.slice(0, 2), updatedAt: Date.now() }
    expect((await pushOne(server, people.coordinator, 'questionnaire', custom.id, 'put', custom)).status).toBe('applied')
    const event = await hostedEvent({ questionnaireId: custom.id })
    const link = await openLink(event)
    expect((await new Visitor(server).view(link.token)).json().questionnaire.title).toBe('政策解读会问卷')
    await pushOne(server, people.coordinator, 'questionnaire', custom.id, 'patch', { archived: true })
    const archived = await new Visitor(server).view(link.token)
    expect(archived.statusCode).toBe(410)
    expect(archived.json().error.code).toBe('questionnaire_unavailable')
  })
})

describe('closing', () => {
  it('stops a revoked link at once', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const revoke = await linkRequest(people.ecologyColleague, 'DELETE', event.id)
    expect(revoke.json()).toEqual({ revoked: 1 })
    const visitor = new Visitor(server)
    expect((await visitor.view(link.token)).json().error.code).toBe('link_closed')
    const refused = await visitor.answer(link.token)
    expect(refused.statusCode).toBe(410)
    expect((await linkRequest(people.ecology, 'GET', event.id)).json().links).toEqual([])
    expect((await linkRequest(people.education, 'DELETE', event.id)).statusCode).toBe(403)
  })

  it('stops every link of an event once it is closed, and opens no new one', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    expect((await pushOne(server, people.ecology, 'event', event.id, 'patch', { status: 'closed' })).status).toBe('applied')
    const visitor = new Visitor(server)
    const view = await visitor.view(link.token)
    expect(view.statusCode).toBe(410)
    expect(view.json().error).toMatchObject({ code: 'event_closed', message: expect.stringContaining('活动已结束') })
    expect((await visitor.answer(link.token)).statusCode).toBe(410)
    expect((await linkRequest(people.ecology, 'POST', event.id)).json().error.code).toBe('event_closed')
  })

  it('answers 404 to a token it never issued and 400 to one that cannot be a token', async () => {
    const visitor = new Visitor(server)
    expect((await visitor.view('A'.repeat(43))).statusCode).toBe(404)
    const bad = await visitor.view('abc')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['token'])
  })
})

describe('rate limit', () => {
  it('limits submissions per address, not for everyone', async () => {
    const event = await hostedEvent()
    const link = await openLink(event)
    const ip = '10.250.0.1'
    const statuses = []
    for (let i = 0; i < rateLimit.max + 1; i++)
      statuses.push((await new Visitor(server, ip).answer(link.token)).statusCode)
    expect(statuses).toEqual([...Array.from({ length: rateLimit.max }, () => 201), 429])
    expect((await new Visitor(server, '10.250.0.2').answer(link.token)).statusCode).toBe(201)
  })
})
