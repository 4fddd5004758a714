import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PublicFaqPage from './pages/PublicFaqPage.vue'

afterEach(() => vi.unstubAllGlobals())

describe('the public FAQ page', () => {
  it('shows the organization\'s published answers by topic under its name, asking only the public route', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({
      unit: '综合规划科',
      name: '区生态环境局',
      entries: [
        { topic: '交通出行', question: '活动现场能停车吗？', answer: '区政府地下停车场开放。', publishedAt: Date.UTC(2025, 5, 1) },
        { topic: '活动组织', question: '开放日几点开始？', answer: '上午九点。', publishedAt: Date.UTC(2025, 5, 2) },
      ],
    })))
    vi.stubGlobal('fetch', fetch)
    const wrapper = mount(PublicFaqPage, { props: { unit: '综合规划科' } })
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith(`/api/public/faq/${encodeURIComponent('综合规划科')}`)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(wrapper.get('h1').text()).toBe('区生态环境局 · 常见问题与解答')
    expect(wrapper.findAll('h2').map(h => h.text())).toEqual(['交通出行', '活动组织'])
    expect(wrapper.text()).toContain('区政府地下停车场开放。')
    wrapper.unmount()
  })

  it('says so offline and tries again', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }))
    const wrapper = mount(PublicFaqPage, { props: { unit: '区生态环境局' } })
    await flushPromises()
    expect(wrapper.text()).toContain('没有网络')
    expect(wrapper.text()).not.toContain('Failed to fetch')
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ unit: '区生态环境局', name: '区生态环境局', entries: [] }))))
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('暂时还没有公开的问题解答')
    wrapper.unmount()
  })

  it('says a link names no organization, without its text as a heading and without a retry that cannot help', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'not_found', message: '没有这个单位的常见问题页面，请核对链接' } }), { status: 404 })))
    const wrapper = mount(PublicFaqPage, { props: { unit: '假冒的单位' } })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('常见问题与解答')
    expect(document.title).toBe('常见问题与解答')
    expect(wrapper.text()).toContain('没有找到这个单位的常见问题页面')
    expect(wrapper.text()).not.toContain('假冒的单位')
    expect(wrapper.find('button').exists()).toBe(false)
    wrapper.unmount()
  })
})
