import { beforeEach, describe, expect, it, vi } from 'vitest'
import EventPhotoCard from '../events/components/EventPhotoCard.vue'
import EventReportPhoto from '../events/components/EventReportPhoto.vue'
import EvidenceThumb from '../evidence/components/EvidenceThumb.vue'
import FeedbackItemSummary from '../feedback/components/FeedbackItemSummary.vue'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { sha256Hex } from './model/sha256'
import type { EventPhotoRecord } from '../../../shared/records/eventPhoto'
import { feedbackItem } from '../../../../tests/helpers/serverFeedback'
import { eventually, mountWithApp } from '../../../../tests/helpers/app/mountWithApp'

// happy-dom cannot decode images, so a fetched photo cannot become a thumbnail here: fetching,
// caching and showing a real photo from the real server is tests/e2e/coordinator.test.ts.
// These cover what the thumbnail shows before and instead of that.
const bytes = new Blob(['a photo taken on another phone'], { type: 'image/jpeg' })
let sha256 = ''
const requests: Array<{ path: string, authorization: string | null }> = []
let answer: () => Response

function mountThumb() {
  return mountWithApp(EvidenceThumb, { sha256, number: 1, editable: false })
}

describe('a photo recorded on another phone', () => {
  beforeEach(async () => {
    sha256 = await sha256Hex(bytes)
    await Promise.all(db.tables.map(t => t.clear()))
    requests.length = 0
    answer = () => new Response(bytes, { status: 200, headers: { 'content-type': 'image/jpeg' } })
    vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
      requests.push({ path: input, authorization: new Headers(init.headers).get('authorization') })
      return answer()
    })
  })

  it('waits for a session and a network, saying so', async () => {
    const { wrapper } = await mountThumb()
    await eventually(() => expect(wrapper.text()).toContain('联网后显示'))
    expect(requests).toEqual([])
    expect(wrapper.get('button').attributes('aria-label')).toBe('查看第 1 张照片')
  })

  it('asks the server with the session, and says when the other phone has not uploaded it yet', async () => {
    await adoptSession({ token: 'token-desk', expiresAt: Date.now() + 60_000, user: { id: 'u', username: 'desk', displayName: 'Desk', unit: '区政府办公室', role: 'coordinator' } })
    answer = () => new Response(JSON.stringify({ error: { code: 'not_found', message: '服务器上没有这张照片' } }), { status: 404 })
    const { wrapper } = await mountThumb()
    await eventually(() => expect(wrapper.text()).toContain('尚未上传'))
    expect(requests).toEqual([{ path: `/api/photos/${sha256}`, authorization: 'Bearer token-desk' }])

    // The network coming back is a reason to ask again.
    answer = () => {
      throw new TypeError('Failed to fetch')
    }
    window.dispatchEvent(new Event('online'))
    await eventually(() => expect(wrapper.text()).toContain('联网后显示'))
    expect(requests).toHaveLength(2)
  })

  it('keeps nothing when the bytes are not the photo the record names', async () => {
    await adoptSession({ token: 'token-desk', expiresAt: Date.now() + 60_000, user: { id: 'u', username: 'desk', displayName: 'Desk', unit: '区政府办公室', role: 'coordinator' } })
    answer = () => new Response(new Blob(['something else']), { status: 200, headers: { 'content-type': 'image/jpeg' } })
    const { wrapper } = await mountThumb()
    await eventually(() => expect(wrapper.text()).toContain('无法显示'))
    expect(await db.photos.count()).toBe(0)
  })
})

// An event's photos and a feedback card's photo are seen on the coordinator's phone and on
// colleagues' phones as much as a checklist's: they are fetched the same way.
describe('event and feedback photos recorded on another phone', () => {
  const desk = { token: 'token-desk', expiresAt: Date.now() + 60_000, user: { id: 'u', username: 'desk', displayName: 'Desk', unit: '区政府办公室', role: 'coordinator' as const } }
  const photoRef = () => ({ sha256, mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: bytes.size })
  const eventPhoto = (): EventPhotoRecord => ({ id: 'photo-1', eventId: 'event-1', unit: '区生态环境局', photo: photoRef(), caption: '监测站参观', takenAt: Date.now(), createdBy: 'eco' })

  beforeEach(async () => {
    sha256 = await sha256Hex(bytes)
    await Promise.all(db.tables.map(t => t.clear()))
    requests.length = 0
    answer = () => new Response(JSON.stringify({ error: { code: 'not_found', message: '服务器上没有这张照片' } }), { status: 404 })
    vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
      requests.push({ path: input, authorization: new Headers(init.headers).get('authorization') })
      return answer()
    })
  })

  it('asks the server for an event photo in the record and in the report, saying why it is not shown yet', async () => {
    await adoptSession(desk)
    const card = (await mountWithApp(EventPhotoCard, { photo: eventPhoto(), number: 1, editable: false })).wrapper
    await eventually(() => expect(card.text()).toContain('尚未上传'))
    expect(card.text()).toContain('监测站参观')
    expect(card.get('button').attributes('aria-label')).toBe('查看第 1 张照片')

    const report = (await mountWithApp(EventReportPhoto, { photo: eventPhoto() })).wrapper
    await eventually(() => expect(report.text()).toContain('尚未上传'))
    // One request per photo and showing, each with the session.
    expect(requests).toEqual([
      { path: `/api/photos/${sha256}`, authorization: 'Bearer token-desk' },
      { path: `/api/photos/${sha256}`, authorization: 'Bearer token-desk' },
    ])
  })

  it('keeps a feedback card\'s photo button, and says it waits for a network', async () => {
    const item = { ...feedbackItem('区生态环境局'), photo: photoRef() }
    const { wrapper } = await mountWithApp(FeedbackItemSummary, { item, daysLeft: 5, eventTitle: null, taskTitle: null })
    await eventually(() => expect(wrapper.text()).toContain('联网后显示'))
    expect(wrapper.get('.item-summary__photo').attributes('aria-label')).toBeTruthy()
    expect(requests).toEqual([])
  })
})
