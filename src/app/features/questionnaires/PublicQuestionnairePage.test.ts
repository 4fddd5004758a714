import type { PublicQuestionnaireView } from '../../../shared/api/publicQuestionnaire'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PublicQuestionnairePage from './pages/PublicQuestionnairePage.vue'
import { standardQuestionnaire } from '../../../shared/questionnaire'

const token = 'T'.repeat(43)
const view: PublicQuestionnaireView = {
  questionnaire: { ...standardQuestionnaire, questions: standardQuestionnaire.questions.filter(q => q.id === 'overall' || q.id === 'suggestions') },
  event: { title: '生态环境局开放日', startsAt: 0, endsAt: 1, venue: '区生态环境局' },
  alreadyAnswered: false,
}

type Reply = { status: number, body: unknown } | 'offline'
let replies: Reply[]
let requests: Array<{ url: string, init?: RequestInit }>

function json(status: number, body: unknown): Reply {
  return { status, body }
}

async function openPage() {
  const wrapper = mount(PublicQuestionnairePage, { props: { token }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function answerAndSubmit(wrapper: Awaited<ReturnType<typeof openPage>>) {
  await wrapper.get('input[aria-label="4 分"]').setValue(true)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('the public questionnaire page', () => {
  beforeEach(() => {
    localStorage.clear()
    requests = []
    replies = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, init })
      const reply = replies.shift() ?? json(500, {})
      if (reply === 'offline')
        throw new TypeError('Failed to fetch')
      return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('shows the link\'s questionnaire, sends one response with this device\'s key, and thanks the visitor', async () => {
    const opened = vi.spyOn(indexedDB, 'open')
    replies = [json(200, view), json(201, { id: 'r1', thanks: '提交成功，感谢您的参与！' })]
    const wrapper = await openPage()
    expect(wrapper.text()).toContain('生态环境局开放日 · 区生态环境局')
    expect(document.title).toBe(standardQuestionnaire.title)
    const key = localStorage.getItem('kaifangri.respondent')!
    expect(key).toMatch(/^[\w-]{32}$/)
    expect(requests[0].url).toBe(`/api/public/q/${token}?device=${key}`)

    await answerAndSubmit(wrapper)
    expect(requests[1].url).toBe(`/api/public/q/${token}/responses`)
    expect(JSON.parse(requests[1].init!.body as string)).toEqual({ deviceId: key, answers: [{ questionId: 'overall', kind: 'rating', value: 4 }] })
    expect(wrapper.get('[role=status]').text()).toContain('提交成功，感谢您的参与！')
    // Said once: the thanks is the heading, with no 提交成功 title above it.
    expect(wrapper.get('[role=status]').text().match(/提交成功/g)).toHaveLength(1)
    expect(wrapper.find('form').exists()).toBe(false)
    // The staff app's database is never opened on a visitor's phone.
    expect(opened).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('keeps the answers when the network is gone at submit, and sends them on the next tap', async () => {
    replies = [json(200, view), 'offline', json(201, { id: 'r1', thanks: '谢谢' })]
    const wrapper = await openPage()
    await answerAndSubmit(wrapper)
    expect(wrapper.get('[role=alert]').text()).toContain('网络不通，问卷没有提交')
    expect((wrapper.get('input[aria-label="4 分"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('谢谢')
    wrapper.unmount()
  })

  it('says so when this phone has already answered, before and at submit', async () => {
    replies = [json(200, { ...view, alreadyAnswered: true })]
    const before = await openPage()
    expect(before.text()).toContain('您已经填写过这份问卷')
    expect(before.find('form').exists()).toBe(false)
    before.unmount()

    replies = [json(200, view), json(409, { error: { code: 'already_answered', message: '已经提交过' } })]
    const at = await openPage()
    await answerAndSubmit(at)
    expect(at.text()).toContain('您已经填写过这份问卷')
    at.unmount()
  })

  it('explains closed and unknown links', async () => {
    replies = [json(410, { error: { code: 'event_closed', message: '活动已结束' } })]
    const closed = await openPage()
    expect(closed.text()).toContain('问卷已停止收集')
    closed.unmount()
    replies = [json(404, { error: { code: 'link_not_found', message: '无效' } })]
    const unknown = await openPage()
    expect(unknown.text()).toContain('问卷链接无效')
    unknown.unmount()
  })

  it('asks to wait when rate-limited, and to retry when it opened without a network', async () => {
    replies = [json(200, view), json(429, { error: { code: 'rate_limited', message: 'slow down' } })]
    const limited = await openPage()
    await answerAndSubmit(limited)
    expect(limited.get('[role=alert]').text()).toContain('提交太频繁')
    limited.unmount()

    replies = ['offline', json(200, view)]
    const offline = await openPage()
    expect(offline.text()).toContain('打开问卷需要网络')
    await offline.get('button').trigger('click')
    await flushPromises()
    expect(offline.find('form').exists()).toBe(true)
    offline.unmount()
  })
})
