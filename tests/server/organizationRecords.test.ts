// What an organization keeps for itself — its FAQ, event templates, questionnaires and feedback
// settings — is read by its own people and written by its own coordinators only: the district
// and its bureau (an organization nested inside it) see nothing of each other's. Records made
// before organizations (no owner) stay readable by everyone. On SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicFaqView } from '../../src/shared/api/publicFaq'
import type { SignedIn, TestServer } from '../helpers/server'
import { standardEventTemplate } from '../../src/shared/events/checklist'
import { uuidv7 } from '../../src/shared/ids'
import { standardQuestionnaire } from '../../src/shared/questionnaire/standard'
import { feedbackSettingsIdOf } from '../../src/shared/records/feedbackSettings'
import { organizationRecordId } from '../../src/shared/records/owner'
import { eraseDueContacts } from '../../src/server/feedback/contactErasure'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { eventRecord, feedbackItem, move, pushOne } from '../helpers/serverFeedback'
import { Visitor } from '../helpers/serverVisitor'
import { startDirectoryServer } from '../helpers/serverDirectory'

const district = '青浦区人民政府'
const bureau = '区生态环境局'

type Who = 'districtCoordinator' | 'districtStaff' | 'bureauCoordinator' | 'bureauStaff' | 'bureauHead' | 'cityCoordinator'
let server: TestServer
let people: Record<Who, SignedIn>

/** One record of each organization-kept entity, owned by `owner` (none: made before organizations). */
function recordsOf(owner: string | undefined, unit: string) {
  const tag = owner ?? 'legacy'
  const owned = owner ? { owner } : {}
  const now = Date.now()
  return {
    faq: { id: uuidv7(), unit, ...owned, topic: '其他', question: `${tag}的问题`, answer: `${tag}的回答`, status: 'published', publishedAt: now, sourceFeedbackIds: [], order: 0, createdAt: now, createdBy: 'tester' },
    eventTemplate: { ...standardEventTemplate, ...owned, id: organizationRecordId(`template-${uuidv7()}`, owner), name: `${tag}的模板` },
    questionnaire: { ...standardQuestionnaire, ...owned, id: `questionnaire-${uuidv7()}`, title: `${tag}的问卷` },
  }
}

const made: Record<'district' | 'bureau' | 'legacy', ReturnType<typeof recordsOf>> = {
  district: recordsOf(district, '区政府办公室'),
  bureau: recordsOf(bureau, '局办公室'),
  legacy: recordsOf(undefined, '区政府办公室'),
}

async function put(who: SignedIn, records: ReturnType<typeof recordsOf>) {
  return Promise.all(Object.entries(records).map(([entity, record]) => pushOne(server, who, entity as keyof typeof records, record.id, 'put', record)))
}

/** The ids of organization-kept records this person's pull from 0 holds. */
async function seen(who: SignedIn): Promise<Set<string>> {
  const { changes } = await server.pullAll(who)
  return new Set(changes.filter(c => !c.deleted && ['faq', 'eventTemplate', 'questionnaire', 'feedbackSettings'].includes(c.entity)).map(c => c.id))
}

const idsOf = (records: ReturnType<typeof recordsOf>) => Object.values(records).map(r => r.id)

beforeAll(async () => {
  server = await startDirectoryServer()
  people = {
    districtCoordinator: await server.signIn('区府办', 'coordinator'),
    districtStaff: await server.signIn('区数据局'),
    bureauCoordinator: await server.signIn('局办公室', 'coordinator'),
    bureauStaff: await server.signIn('综合规划科'),
    bureauHead: await server.signIn('区生态环境局'),
    cityCoordinator: await server.signIn('上海市生态环境局/局办公室', 'coordinator'),
  }
  for (const result of await put(people.districtCoordinator, made.district))
    expect(result).toMatchObject({ status: 'applied' })
  for (const result of await put(people.bureauCoordinator, made.bureau))
    expect(result).toMatchObject({ status: 'applied' })
  // Stored before the directory came: a phone sending them now would have them claimed (last describe).
  for (const [entity, record] of Object.entries(made.legacy))
    await server.putRecords(entity as keyof typeof made.legacy, [record])
  expect(await pushOne(server, people.districtCoordinator, 'feedbackSettings', feedbackSettingsIdOf(district), 'patch', { owner: district, replyWorkingDays: 10 })).toMatchObject({ status: 'applied' })
  expect(await pushOne(server, people.bureauCoordinator, 'feedbackSettings', feedbackSettingsIdOf(bureau), 'patch', { owner: bureau, replyWorkingDays: 5 })).toMatchObject({ status: 'applied' })
})
afterAll(() => server.close())

describe('reading an organization\'s own records', () => {
  it('shows the district\'s coordinator and staff the district\'s records and the older shared ones, nothing of the bureau\'s', async () => {
    for (const who of [people.districtCoordinator, people.districtStaff]) {
      const ids = await seen(who)
      expect([...idsOf(made.district), feedbackSettingsIdOf(district), ...idsOf(made.legacy)].filter(id => !ids.has(id))).toEqual([])
      expect([...idsOf(made.bureau), feedbackSettingsIdOf(bureau)].filter(id => ids.has(id))).toEqual([])
    }
  })

  it('shows the bureau\'s coordinator, head and sections the bureau\'s records and the older shared ones, nothing of the district\'s', async () => {
    for (const who of [people.bureauCoordinator, people.bureauHead, people.bureauStaff]) {
      const ids = await seen(who)
      expect([...idsOf(made.bureau), feedbackSettingsIdOf(bureau), ...idsOf(made.legacy)].filter(id => !ids.has(id))).toEqual([])
      expect([...idsOf(made.district), feedbackSettingsIdOf(district)].filter(id => ids.has(id))).toEqual([])
    }
  })

  it('shows another organization only the older shared records', async () => {
    const ids = await seen(people.cityCoordinator)
    expect([...ids].sort()).toEqual(idsOf(made.legacy).sort())
  })
})

describe('writing another organization\'s records', () => {
  it('refuses the bureau\'s coordinator every change to the district\'s records, and the district\'s to the bureau\'s', async () => {
    for (const [who, records, owner] of [[people.bureauCoordinator, made.district, district], [people.districtCoordinator, made.bureau, bureau]] as const) {
      expect(await pushOne(server, who, 'faq', records.faq.id, 'patch', { question: '改了', answer: '改了', status: 'draft', publishedAt: null })).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(await pushOne(server, who, 'eventTemplate', records.eventTemplate.id, 'patch', { name: '改了' })).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(await pushOne(server, who, 'questionnaire', records.questionnaire.id, 'put', { ...records.questionnaire, title: '改了' })).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(await pushOne(server, who, 'questionnaire', records.questionnaire.id, 'delete', {})).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(await pushOne(server, who, 'feedbackSettings', feedbackSettingsIdOf(owner), 'patch', { replyWorkingDays: 30 })).toMatchObject({ status: 'rejected', code: 'forbidden' })
    }
  })

  it('refuses a new record made in another organization\'s name, and one taken over by patching its owner', async () => {
    const forged = recordsOf(district, '局办公室')
    for (const result of await put(people.bureauCoordinator, forged))
      expect(result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await pushOne(server, people.bureauCoordinator, 'feedbackSettings', feedbackSettingsIdOf(district), 'patch', { owner: district, topics: ['其他'] })).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const taken = await pushOne(server, people.bureauCoordinator, 'eventTemplate', made.district.eventTemplate.id, 'patch', { owner: bureau })
    expect(taken).toMatchObject({ status: 'rejected', code: 'invalid' })
  })

  it('refuses settings whose id does not follow their organization, naming the id', async () => {
    const result = await pushOne(server, people.bureauCoordinator, 'feedbackSettings', feedbackSettingsIdOf(bureau), 'patch', { owner: district })
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(result.status === 'rejected' && result.reason).toContain('id')
  })

  it('refuses staff, even of the owning organization', async () => {
    expect(await pushOne(server, people.bureauStaff, 'eventTemplate', made.bureau.eventTemplate.id, 'patch', { name: '改了' })).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })

  it('lets the owning coordinators keep editing, and any coordinator edit an older shared record', async () => {
    expect(await pushOne(server, people.bureauCoordinator, 'eventTemplate', made.bureau.eventTemplate.id, 'patch', { name: '局里的新模板' })).toMatchObject({ status: 'applied' })
    expect(await pushOne(server, people.bureauCoordinator, 'feedbackSettings', feedbackSettingsIdOf(bureau), 'patch', { replyWorkingDays: 7 })).toMatchObject({ status: 'applied' })
    expect(await pushOne(server, people.bureauCoordinator, 'eventTemplate', made.legacy.eventTemplate.id, 'patch', { name: '共用模板' })).toMatchObject({ status: 'applied' })
  })
})

describe('the public FAQ of an organization', () => {
  const read = async (unit: string) => (await server.app.inject({ method: 'GET', url: `/api/public/faq/${encodeURIComponent(unit)}` })).json<PublicFaqView>()

  it('shows, for any of its units, that organization\'s entries and its older ones, named after it', async () => {
    const view = await read('综合规划科')
    expect(view).toMatchObject({ unit: '综合规划科', name: bureau })
    expect(view.entries.map(e => e.question)).toEqual(['区生态环境局的问题'])
    const districtView = await read('区数据局')
    expect(districtView.name).toBe(district)
    expect(districtView.entries.map(e => e.question).sort()).toEqual(['legacy的问题', '青浦区人民政府的问题'].sort())
  })

  it('shows another organization nothing of theirs', async () => {
    expect((await read('大气处')).entries).toEqual([])
  })
})

describe('the questionnaire a public link asks', () => {
  it('asks, for an event naming none, the standard questionnaire as the host\'s organization edited it', async () => {
    const own = { ...standardQuestionnaire, owner: bureau, id: organizationRecordId(standardQuestionnaire.id, bureau), title: '区生态环境局开放日问卷', updatedAt: Date.now() }
    expect(await pushOne(server, people.bureauCoordinator, 'questionnaire', own.id, 'put', own)).toMatchObject({ status: 'applied' })
    const titleAsked = async (who: SignedIn) => {
      const event = eventRecord(who.user.unit)
      expect(await pushOne(server, who, 'event', event.id, 'put', event)).toMatchObject({ status: 'applied' })
      const link = await server.app.inject({ method: 'POST', url: `/api/events/${event.id}/public-link`, headers: who.auth })
      expect(link.statusCode).toBe(201)
      return (await new Visitor(server).view(link.json().token)).json().questionnaire.title
    }
    expect(await titleAsked(people.bureauStaff)).toBe('区生态环境局开放日问卷')
    expect(await titleAsked(people.districtStaff)).toBe(standardQuestionnaire.title)
  })
})

describe('contact erasure', () => {
  /** An item of the person's unit with contact details, answered and published by that unit. */
  async function closedItem(who: SignedIn) {
    let item = feedbackItem(who.user.unit)
    expect(await pushOne(server, who, 'feedback', item.id, 'put', item)).toMatchObject({ status: 'applied' })
    for (const action of [{ to: 'replied', reply: '已答复', repliedOn: item.receivedOn }, { to: 'published' }] as const) {
      const patch = move(item, action)
      expect(await pushOne(server, who, 'feedback', item.id, 'patch', patch)).toMatchObject({ status: 'applied' })
      item = { ...item, ...patch }
    }
    return item
  }

  it('keeps contact details as long as the item\'s own organization says', async () => {
    expect(await pushOne(server, people.bureauCoordinator, 'feedbackSettings', feedbackSettingsIdOf(bureau), 'patch', { contactRetentionDays: 30 })).toMatchObject({ status: 'applied' })
    const [bureauItem, districtItem] = [await closedItem(people.bureauStaff), await closedItem(people.districtStaff)]
    const erase = (days: number) => eraseDueContacts(server.tdb.database.db, new PlanCatalog(), Date.now() + days * 86_400_000)
    expect(await erase(29)).toEqual([])
    const erased = await erase(31)
    expect(erased).toContain(bureauItem.id)
    expect(erased).not.toContain(districtItem.id)
    expect(await erase(181)).toContain(districtItem.id)
  })
})

describe('a record sent by a phone that did not know its organization yet', () => {
  /** The record as this person's pull from 0 has it, undefined when it is not sent to them. */
  async function pulled(who: SignedIn, entity: string, id: string) {
    const { changes } = await server.pullAll(who)
    return changes.filter(c => c.entity === entity && c.id === id && !c.deleted).at(-1)?.data as Record<string, unknown> | undefined
  }

  it('becomes the writer\'s organization\'s, and its people pull it with that owner while others never see it', async () => {
    const sent = recordsOf(undefined, '局办公室')
    for (const result of await put(people.bureauCoordinator, sent))
      expect(result).toMatchObject({ status: 'applied' })
    for (const [entity, record] of Object.entries(sent)) {
      for (const who of [people.bureauCoordinator, people.bureauStaff])
        expect(await pulled(who, entity, record.id)).toMatchObject({ id: record.id, owner: bureau })
      for (const who of [people.districtCoordinator, people.districtStaff, people.cityCoordinator])
        expect(await pulled(who, entity, record.id)).toBeUndefined()
    }
  })

  it('keeps that owner when the same phone sends the record again or patches it, still without owner', async () => {
    const sent = recordsOf(undefined, '局办公室')
    await put(people.bureauCoordinator, sent)
    for (const result of await put(people.bureauCoordinator, { ...sent, faq: { ...sent.faq, question: '再次提交的问题' } }))
      expect(result).toMatchObject({ status: 'applied' })
    expect(await pushOne(server, people.bureauCoordinator, 'eventTemplate', sent.eventTemplate.id, 'patch', { name: '改过的模板' })).toMatchObject({ status: 'applied' })
    expect(await pulled(people.bureauStaff, 'faq', sent.faq.id)).toMatchObject({ owner: bureau, question: '再次提交的问题' })
    expect(await pulled(people.bureauStaff, 'eventTemplate', sent.eventTemplate.id)).toMatchObject({ owner: bureau, name: '改过的模板' })
    expect(await pulled(people.districtStaff, 'eventTemplate', sent.eventTemplate.id)).toBeUndefined()
  })

  it('stores an edit of a built-in template under the shared id as each organization\'s own copy, the shared one untouched', async () => {
    for (const [who, name] of [[people.districtCoordinator, '区里的标准清单'], [people.bureauCoordinator, '局里的标准清单']] as const)
      expect(await pushOne(server, who, 'eventTemplate', standardEventTemplate.id, 'put', { ...standardEventTemplate, name })).toMatchObject({ status: 'applied' })
    const districtCopy = organizationRecordId(standardEventTemplate.id, district)
    const bureauCopy = organizationRecordId(standardEventTemplate.id, bureau)
    expect(await pulled(people.districtStaff, 'eventTemplate', districtCopy)).toMatchObject({ owner: district, name: '区里的标准清单' })
    expect(await pulled(people.bureauStaff, 'eventTemplate', bureauCopy)).toMatchObject({ owner: bureau, name: '局里的标准清单' })
    expect(await pulled(people.bureauStaff, 'eventTemplate', districtCopy)).toBeUndefined()
    for (const who of [people.districtStaff, people.bureauStaff, people.cityCoordinator])
      expect(await pulled(who, 'eventTemplate', standardEventTemplate.id)).toBeUndefined()
  })

  it('patches an organization\'s own settings when sent to the shared id, starting them from the shared ones where that organization has none', async () => {
    const city = '上海市生态环境局'
    const shared = { id: feedbackSettingsIdOf(null), topics: ['旧主题'], replyWorkingDays: 12, contactRetentionDays: 90, extraHolidays: [], extraWorkdays: [] }
    await server.putRecords('feedbackSettings', [shared])
    expect(await pushOne(server, people.cityCoordinator, 'feedbackSettings', shared.id, 'patch', { replyWorkingDays: 20 })).toMatchObject({ status: 'applied' })
    expect(await pushOne(server, people.bureauCoordinator, 'feedbackSettings', shared.id, 'patch', { replyWorkingDays: 8 })).toMatchObject({ status: 'applied' })
    expect(await pulled(people.cityCoordinator, 'feedbackSettings', feedbackSettingsIdOf(city))).toMatchObject({ owner: city, topics: ['旧主题'], replyWorkingDays: 20, contactRetentionDays: 90 })
    expect(await pulled(people.bureauStaff, 'feedbackSettings', feedbackSettingsIdOf(bureau))).toMatchObject({ owner: bureau, replyWorkingDays: 8 })
    expect(await pulled(people.districtStaff, 'feedbackSettings', shared.id)).toEqual(shared)
    expect(await pulled(people.districtStaff, 'feedbackSettings', feedbackSettingsIdOf(city))).toBeUndefined()
  })

  it('still refuses it to staff', async () => {
    const sent = recordsOf(undefined, '综合规划科')
    expect(await pushOne(server, people.bureauStaff, 'faq', sent.faq.id, 'put', sent.faq)).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await pushOne(server, people.bureauStaff, 'feedbackSettings', feedbackSettingsIdOf(null), 'patch', { replyWorkingDays: 9 })).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })
})
