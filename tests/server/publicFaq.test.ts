// An organization's published 常见问题与解答 on a public page: read without sign-in, only what was
// published, nothing of drafts, sources or authors; on SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FaqRecord } from '../../src/shared/records/faq'
import type { PublicFaqView } from '../../src/shared/api/publicFaq'
import { uuidv7 } from '../../src/shared/ids'
import { pushOne } from '../helpers/serverFeedback'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, type TestServer } from '../helpers/server'
import { startDirectoryServer } from '../helpers/serverDirectory'

let server: TestServer
let people: People

function entry(unit: string, fields: Partial<FaqRecord> = {}): FaqRecord {
  const now = Date.now()
  return { id: uuidv7(), unit, topic: '交通出行', question: '活动现场能停车吗？', answer: '区政府地下停车场开放。', status: 'published', publishedAt: now, sourceFeedbackIds: [uuidv7()], order: 0, createdAt: now, createdBy: 'coordinator', ...fields }
}

const read = (unit: string) => server.app.inject({ method: 'GET', url: `/api/public/faq/${encodeURIComponent(unit)}` })

beforeAll(async () => {
  ({ server, people } = await startPlanServer(samplePlan()))
  const entries = [
    entry(units.ecology, { order: 2, question: '开放日几点开始？', answer: '上午九点。' }),
    entry(units.ecology, { order: 1 }),
    entry(units.ecology, { status: 'draft', publishedAt: null, question: '草稿问题', answer: '' }),
    entry(units.education, { question: '别的单位的问题' }),
  ]
  for (const faq of entries)
    expect((await pushOne(server, people.coordinator, 'faq', faq.id, 'put', faq)).status).toBe('applied')
})
afterAll(() => server.close())

describe('the public FAQ of an organization', () => {
  it('lists its published entries in order, without sign-in, with only what was published', async () => {
    const response = await read(units.ecology)
    expect(response.statusCode).toBe(200)
    const view = response.json<PublicFaqView>()
    expect(view.unit).toBe(units.ecology)
    expect(view.entries.map(e => e.question)).toEqual(['活动现场能停车吗？', '开放日几点开始？'])
    expect(Object.keys(view.entries[0]).sort()).toEqual(['answer', 'publishedAt', 'question', 'topic'])
    expect(response.body).not.toContain('草稿问题')
    expect(response.body).not.toContain('别的单位的问题')
    expect(response.body).not.toContain('coordinator')
    // Asked again on each visit, so an answer just published shows at once.
    expect(response.headers['cache-control']).toBe('public, no-cache')
  })

  it('is empty for a unit with nothing published (without a directory, every name as written), and names a bad unit', async () => {
    expect((await read('区不存在局')).json()).toEqual({ unit: '区不存在局', name: '区不存在局', entries: [] })
    const bad = await read(' ')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('单位')
  })

  it('drops an entry taken back to draft', async () => {
    const published = entry(units.town, { question: '撤回的问题' })
    await pushOne(server, people.coordinator, 'faq', published.id, 'put', published)
    expect((await read(units.town)).json<PublicFaqView>().entries).toHaveLength(1)
    await pushOne(server, people.coordinator, 'faq', published.id, 'patch', { question: published.question, answer: published.answer, status: 'draft', publishedAt: null })
    expect((await read(units.town)).json<PublicFaqView>().entries).toEqual([])
  })
})

describe('the public FAQ on a server with a unit directory', () => {
  it('is empty for an organization with nothing published, and no page for a name no unit has', async () => {
    const directoryServer = await startDirectoryServer()
    try {
      const open = (unit: string) => directoryServer.app.inject({ method: 'GET', url: `/api/public/faq/${encodeURIComponent(unit)}` })
      const empty = await open('青浦区人民政府')
      expect([empty.statusCode, empty.json().entries]).toEqual([200, []])
      // A made-up link would otherwise show its text as an organization's heading.
      const unknown = await open('区不存在局')
      expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not_found'])
      expect(unknown.body).not.toContain('区不存在局')
    }
    finally {
      await directoryServer.close()
    }
  })
})
