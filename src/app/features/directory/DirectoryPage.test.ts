import type { DirectoryNode } from '../../../shared/units/directory/node'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { testNodes } from '../../../../tests/shared/directoryFixture'

const pinia = createPinia()
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const district = () => testNodes.filter(n => !['上海市生态环境局', '上海市生态环境局/局办公室', '大气处', '水处', '浦东新区生态环境局'].includes(n.id))

let nodes: DirectoryNode[] = []
let version = 1
const calls: Array<{ method: string, path: string, body: unknown }> = []

// The server's side of /api/directory as tests/server/directoryChanges.test.ts pins it down.
async function handle(input: string, init: RequestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET'
  const path = new URL(input, 'http://localhost').pathname
  const body = init.body ? JSON.parse(String(init.body)) : undefined
  calls.push({ method, path, body })
  if (path === '/api/directory' && method === 'GET')
    return json(200, { version, unitId: '区政府办公室', organizationId: '青浦区人民政府', nodes })
  if (path === '/api/directory/nodes' && method === 'POST') {
    if (nodes.some(n => n.name === body.name)) {
      const taken = `同一组织内 ${body.name} 和 ${body.name} 都叫“${body.name}”`
      return json(400, { error: { code: 'invalid_directory', message: `单位名录不合格：${taken}`, issues: [{ path: 'name', message: taken }] } })
    }
    const node = { id: body.name, order: 99, retired: false, ...body }
    nodes = [...nodes, node]
    version++
    return json(201, { node })
  }
  const id = decodeURIComponent(path.replace('/api/directory/nodes/', ''))
  const node = { ...nodes.find(n => n.id === id)!, ...body }
  nodes = nodes.map(n => n.id === id ? node : n)
  version++
  return json(200, { node })
}

async function signInAsCoordinator() {
  await adoptSession({ token: 'token-desk', expiresAt: Date.now() + 3_600_000, user: { id: 'desk', username: 'desk', displayName: '陈主任', unit: '区政府办公室', role: 'coordinator' } })
  await useSessionStore().load()
}

async function openDirectory() {
  const mounted = await mountApp(pinia, '/directory')
  await vi.waitFor(() => expect(mounted.wrapper.findAll('.directory-tree__row').length).toBeGreaterThan(3), { timeout: 5_000 })
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof openDirectory>>['wrapper']
const row = (wrapper: Wrapper, name: string) => wrapper.findAll('.directory-tree__row').find(r => r.find('.directory-tree__name').text() === name)

describe('the 单位名录 screen', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.stubGlobal('fetch', handle)
  })
  beforeEach(async () => {
    nodes = district()
    version = 1
    calls.length = 0
    await resetDevice([])
    await signInAsCoordinator()
  })

  it('shows my organization\'s tree, indented, with short names and aliases', async () => {
    const { wrapper } = await openDirectory()
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/directory' })
    expect(wrapper.text()).toContain('青浦区人民政府 · 8 个单位')
    expect(row(wrapper, '区政府办公室')!.text()).toContain('简称：区府办')
    const section = wrapper.findAll('.directory-tree__item').find(item => item.text().startsWith('综合规划科'))!
    expect(section.attributes('style')).toContain('--depth: 2')
    wrapper.unmount()
  })

  it('adds a unit under the organization and shows it', async () => {
    const { wrapper } = await openDirectory()
    await wrapper.findAll('button').find(b => b.text().includes('添加单位'))!.trigger('click')
    await flushPromises()
    await wrapper.get('input[name="name"]').setValue('区审计局')
    await wrapper.get('input[name="short-names"]').setValue('审计局、区审计')
    await wrapper.get('form.directory-form').trigger('submit')
    await vi.waitFor(() => expect(row(wrapper, '区审计局')).toBeDefined())
    expect(calls.find(c => c.method === 'POST')?.body).toEqual({ name: '区审计局', parentId: '青浦区人民政府', kind: 'department', shortNames: ['审计局', '区审计'], aliases: [] })
    expect(wrapper.text()).toContain('已添加 区审计局')
    wrapper.unmount()
  })

  it('edits a unit\'s aliases and retires it, sending only what changed', async () => {
    const { wrapper } = await openDirectory()
    await row(wrapper, '区数据局')!.trigger('click')
    await flushPromises()
    expect((wrapper.get('input[name="name"]').element as HTMLInputElement).value).toBe('区数据局')
    await wrapper.get('input[name="aliases"]').setValue('区大数据中心')
    await wrapper.get('form.directory-form').trigger('submit')
    await vi.waitFor(() => expect(row(wrapper, '区数据局')!.text()).toContain('别名：区大数据中心'))
    expect(calls.find(c => c.method === 'PATCH')).toMatchObject({ path: '/api/directory/nodes/%E5%8C%BA%E6%95%B0%E6%8D%AE%E5%B1%80', body: { aliases: ['区大数据中心'] } })
    wrapper.unmount()
  })

  it('shows the server\'s refusal in the form and keeps it open', async () => {
    const { wrapper } = await openDirectory()
    await wrapper.findAll('button').find(b => b.text().includes('添加单位'))!.trigger('click')
    await flushPromises()
    await wrapper.get('form.directory-form').trigger('submit')
    expect(wrapper.text()).toContain('请填写名称')
    await wrapper.get('input[name="name"]').setValue('区数据局')
    await wrapper.get('form.directory-form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('.directory-form__problem').text()).toContain('区数据局'))
    expect(wrapper.find('form.directory-form').exists()).toBe(true)
    wrapper.unmount()
  })
})
