import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFeedbackFilters } from './composables/useFeedbackFilters'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { addDays, shanghaiDate } from '../../../shared/calendar'
import { uuidv7 } from '../../../shared/ids'
import { feedback } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const today = shanghaiDate(Date.now())
const parking = ['活动现场停车位太少，希望增加', '停车位太少，希望增加', '现场停车位太少，希望能增加']
  .map((content, i) => feedback({ id: uuidv7(), content, topic: '交通出行', receivedOn: today, replyDue: addDays(today, 21), createdAt: Date.now() + i }))
const lone = feedback({ id: uuidv7(), content: '讲解员讲得很清楚', receivedOn: today, replyDue: addDays(today, 21) })

async function signInAs(role: 'coordinator' | 'staff') {
  await adoptSession({ token: 't', expiresAt: Date.now() + 3_600_000, user: { id: role, username: role, displayName: role, unit: '区生态环境局', role } })
  await useSessionStore().load()
}

describe('concentrated issues and the FAQ list', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(async () => {
    await resetDevice([qingpu2024])
    useFeedbackFilters().reset()
    await db.feedback.bulkPut([...parking, lone])
  })
  afterEach(async () => {
    await db.meta.clear()
    await useSessionStore().load()
  })

  it('answers a whole group with one reply, after saying how many items it answers', async () => {
    await signInAs('coordinator')
    const { wrapper } = await mountApp(pinia, '/feedback/issues')
    await vi.waitFor(() => expect(wrapper.findAll('.group-card')).toHaveLength(1))
    const card = wrapper.get('.group-card')
    await card.findAll('button').find(b => b.text() === '一并答复（3 条）')!.trigger('click')
    // The reply form loads with that tap.
    await vi.waitFor(() => expect(card.find('.group-reply textarea').exists()).toBe(true), { timeout: 5000 })
    await card.get('.group-reply textarea').setValue('活动期间开放区政府地下停车场')
    await card.get('.group-reply form').trigger('submit')
    await vi.waitFor(() => expect(document.body.querySelector('.van-dialog__message')?.textContent).toContain('3 条意见'))
    document.body.querySelector<HTMLButtonElement>('.van-dialog__confirm')!.click()
    // The first write of a run loads the record checks (zod) first: on a busy machine that takes more than waitFor's default second.
    await vi.waitFor(async () => expect((await db.feedback.bulkGet(parking.map(p => p.id))).map(f => f?.status)).toEqual(['replied', 'replied', 'replied']), { timeout: 5_000 })
    const replies = await db.feedback.bulkGet(parking.map(p => p.id))
    expect(replies.map(f => [f?.reply, f?.repliedOn])).toEqual(parking.map(() => ['活动期间开放区政府地下停车场', today]))
    expect((await db.feedback.get(lone.id))?.status).toBe('registered')
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.op}`)).toEqual(['feedback:patch', 'feedback:patch', 'feedback:patch'])
    wrapper.unmount()
  })

  it('lists a group\'s members, each linked to its item, once the group is opened', async () => {
    await signInAs('coordinator')
    const { wrapper } = await mountApp(pinia, '/feedback/issues')
    await vi.waitFor(() => expect(wrapper.findAll('.group-card')).toHaveLength(1))
    const card = wrapper.get('.group-card')
    expect(card.findAll('.group-card__members a')).toHaveLength(0)
    const toggle = card.findAll('button').find(b => b.text() === '查看这组意见')!
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(card.find(`#${toggle.attributes('aria-controls')}`).exists()).toBe(true)
    await toggle.trigger('click')
    const links = card.findAll('.group-card__members a')
    expect(links.map(link => link.text())).toEqual(parking.map(item => `${today} · ${item.content}`))
    expect(links.map(link => link.attributes('href'))).toEqual(parking.map(item => `/feedback/${item.id}`))
    wrapper.unmount()
  })

  it('flags three similar items as 集中反映, and a coordinator drafts an FAQ entry in one tap, then publishes it', async () => {
    await signInAs('coordinator')
    const { wrapper, router } = await mountApp(pinia, '/feedback/issues')
    await vi.waitFor(() => expect(wrapper.findAll('.group-card')).toHaveLength(1))
    const card = wrapper.get('.group-card')
    expect(card.text()).toContain('集中反映')
    expect(card.text()).toContain('3 条相近意见')
    await card.findAll('button').find(b => b.text() === '起草常见问题')!.trigger('click')
    await vi.waitFor(async () => expect(await db.faqs.count()).toBe(1))
    const [draft] = await db.faqs.toArray()
    expect(draft).toMatchObject({ status: 'draft', topic: '交通出行', sourceFeedbackIds: parking.map(p => p.id) })
    await vi.waitFor(() => expect(card.text()).toContain('已起草'))

    // The card now leads to the draft, where its answer is written.
    await card.get('.group-card__drafted').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/faq'), { timeout: 5000 })
    await vi.waitFor(() => expect(wrapper.text()).toContain('草稿（仅协调员可见）'))
    expect(wrapper.text()).toContain('还没有发布的常见问题')
    await wrapper.findAll('button').find(b => b.text() === '编辑')!.trigger('click')
    const [, answer] = wrapper.findAll('.faq-editor textarea')
    await answer.setValue('活动期间开放区政府地下停车场，并增设临时停车点。')
    await wrapper.get('.faq-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.faqs.get(draft.id))?.status).toBe('published'))
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.op}`)).toEqual(['faq:put', 'faq:patch'])
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('还没有发布的常见问题'))
    wrapper.unmount()
  })

  it('shows staff the groups and the published list, without drafting', async () => {
    await signInAs('staff')
    await db.faqs.put({ id: uuidv7(), unit: '区政府办公室', topic: '交通出行', question: '活动现场停车难怎么办？', answer: '可停区政府地下停车场。', status: 'published', publishedAt: Date.now(), sourceFeedbackIds: [], order: 0, createdAt: Date.now(), createdBy: 'c' })
    const { wrapper, router } = await mountApp(pinia, '/feedback/issues')
    await vi.waitFor(() => expect(wrapper.findAll('.group-card')).toHaveLength(1))
    expect(wrapper.text()).toContain('常见问题由协调员起草和发布')
    expect(wrapper.findAll('button').some(b => b.text() === '起草常见问题')).toBe(false)
    await router.push('/faq')
    await vi.waitFor(() => expect(wrapper.text()).toContain('活动现场停车难怎么办？'))
    expect(wrapper.text()).toContain('可停区政府地下停车场。')
    expect(wrapper.text()).not.toContain('草稿')
    // The public page's address reads with the unit's name; the link itself stays escaped.
    const publicLink = wrapper.get('.faq-page__public-url')
    expect(publicLink.text()).toMatch(/\/public\/faq\/[^%]+$/)
    expect(publicLink.attributes('href')).toContain(`/public/faq/${encodeURIComponent(publicLink.text().split('/public/faq/')[1])}`)
    wrapper.unmount()
  })
})
