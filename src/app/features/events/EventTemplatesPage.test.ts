import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { standardEventTemplate } from '../../../shared/events'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { signInAs } from '../../../../tests/helpers/app/eventFixtures'
import { saveDirectory } from '../../db/directoryRepository'
import { useDirectory } from '../directory'
import { testNodes } from '../../../../tests/shared/directoryFixture'

const pinia = createPinia()

async function openEditor() {
  const mounted = await mountApp(pinia, '/events/templates')
  await vi.waitFor(() => expect(mounted.wrapper.find('.phase').exists()).toBe(true))
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof openEditor>>['wrapper']
const phase = (wrapper: Wrapper, legend: string) => wrapper.findAll('.phase').find(p => p.get('legend').text() === legend)!
const texts = (wrapper: Wrapper, legend: string) => phase(wrapper, legend).findAll('input').map(input => (input.element as HTMLInputElement).value)

describe('the checklist template editor', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  })
  beforeEach(() => resetDevice([qingpu2024]))

  it('lets a coordinator add, reorder and remove items by phase, and stores the template whole', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openEditor()
    expect(texts(wrapper, '活动后事项')).toEqual(['会后反馈采纳情况', '公开活动信息'])
    await phase(wrapper, '活动后事项').get('.van-button').trigger('click')
    await phase(wrapper, '活动后事项').findAll('input').at(-1)!.setValue('报送活动总结')
    await phase(wrapper, '活动后事项').get('button[aria-label="上移：报送活动总结"]').trigger('click')
    await phase(wrapper, '活动前事项').get('button[aria-label="删除：制定活动方案"]').trigger('click')
    expect(texts(wrapper, '活动后事项')).toEqual(['会后反馈采纳情况', '报送活动总结', '公开活动信息'])
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.eventTemplates.count()).toBe(1))
    const stored = (await db.eventTemplates.get(standardEventTemplate.id))!
    expect(stored.items.filter(item => item.phase === 'after').map(item => item.text)).toEqual(['会后反馈采纳情况', '报送活动总结', '公开活动信息'])
    expect(stored.items.some(item => item.text === '制定活动方案')).toBe(false)
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.op}`)).toEqual(['eventTemplate:put'])
    wrapper.unmount()
  })

  it('names an empty item instead of saving it', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openEditor()
    await phase(wrapper, '活动当天事项').get('.van-button').trigger('click')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').exists()).toBe(true))
    expect(wrapper.get('[role=alert]').text()).toBe('活动当天第 4 项没有填写内容。')
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('is for coordinators only', async () => {
    await signInAs('staff')
    const mounted = await mountApp(pinia, '/events/templates')
    await vi.waitFor(() => expect(mounted.wrapper.text()).toContain('只有协调员可以编辑清单模板'))
    expect(mounted.wrapper.find('form').exists()).toBe(false)
    mounted.wrapper.unmount()
  })

  it('stores a coordinator\'s first edit of the built-in template as their organization\'s own, and edits that one after', async () => {
    await signInAs('coordinator')
    await saveDirectory({ version: 1, unitId: '区政府办公室', organizationId: '青浦区人民政府', nodes: testNodes }, 'user-coordinator')
    await vi.waitFor(() => expect(useDirectory().organizationId.value).toBe('青浦区人民政府'))
    const { wrapper } = await openEditor()
    await phase(wrapper, '活动前事项').get('button[aria-label="删除：制定活动方案"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    const ownId = `${standardEventTemplate.id}@青浦区人民政府`
    await vi.waitFor(async () => expect(await db.eventTemplates.toArray()).toMatchObject([{ id: ownId, owner: '青浦区人民政府' }]))
    expect(await db.eventTemplates.get(standardEventTemplate.id)).toBeUndefined()
    await phase(wrapper, '活动后事项').get('button[aria-label="删除：公开活动信息"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(2))
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.id}:${e.op}`)).toEqual([`eventTemplate:${ownId}:put`, `eventTemplate:${ownId}:patch`])
    expect(await db.eventTemplates.count()).toBe(1)
    wrapper.unmount()
  })
})
