import type { Role } from '../../../shared/api/auth'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { adoptSession } from '../../db/identity'
import { saveProgress } from '../../db/progressWrites'
import { useSessionStore } from '../../stores/session'
import { useSettingsStore } from '../../stores/settings'
import { progressIdOf } from '../../../shared/records/progressIdentity'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

// GET /api/history/:entity/:id as src/server/routes/history.ts answers it (tests/server cover the
// server side; tests/e2e/coordinator.test.ts reads a real conflict's loser through the app).
const [openDay] = fixtureTasks()
const subject = `${openDay.id}#1`
const requests: string[] = []
let online = true
const pinia = createPinia()

async function signInAs(role: Role) {
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: `user-${role}`, username: role, displayName: role, unit: '区政府办公室', role } })
  await useSessionStore().load()
}

async function openTaskItem() {
  useSettingsStore().myUnit = '区政府办公室'
  const mounted = await mountApp(pinia, `/tasks/${encodeURIComponent(openDay.id)}`)
  await vi.waitFor(() => expect(mounted.wrapper.find('.check-item__more').exists()).toBe(true))
  await mounted.wrapper.get('.check-item__more').trigger('click')
  // The unfolded record (and a coordinator's history beside it) load with that first tap.
  await vi.waitFor(() => expect(mounted.wrapper.find('.item-record').exists()).toBe(true), { timeout: 5000 })
  return mounted
}

describe('a checklist item\'s history, for coordinators', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.stubGlobal('fetch', async (input: string) => {
      const path = decodeURIComponent(new URL(input, 'http://app').pathname)
      if (!online || !path.startsWith('/api/history/'))
        throw new TypeError('Failed to fetch')
      requests.push(path)
      if (path.includes('朱家角镇'))
        return new Response(JSON.stringify({ error: { code: 'not_found', message: '没有这条记录' } }), { status: 404 })
      const entries = [
        { field: 'note', value: '已发布', at: Date.UTC(2024, 4, 1, 2), recordedAt: 2, by: { userId: 'u1', displayName: '王芳', unit: '区政府办公室' } },
        { field: 'status', value: 'partial', at: Date.UTC(2024, 3, 1, 2), recordedAt: 1, by: null },
      ]
      return new Response(JSON.stringify({ entity: 'progress', id: 'x', entries }), { status: 200 })
    })
  })

  beforeEach(async () => {
    await resetDevice([qingpu2024])
    requests.length = 0
    online = true
    await saveProgress({ unit: '区政府办公室', planId: openDay.planId, taskId: openDay.id, subject }, { status: 'done' })
    await saveProgress({ unit: '朱家角镇', planId: openDay.planId, taskId: openDay.id, subject }, { status: 'partial' })
  })

  it('shows each unit\'s overwritten values with who wrote them and when', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openTaskItem()
    const toggle = wrapper.get('.item-history__toggle')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.item-history__list').exists()).toBe(true))
    expect(requests.sort()).toEqual([`/api/history/progress/${progressIdOf('区政府办公室', subject)}`, `/api/history/progress/${progressIdOf('朱家角镇', subject)}`])
    const lines = wrapper.findAll('.item-history__list li').map(li => li.text())
    expect(wrapper.get('.item-history__unit').text()).toBe('区政府办公室')
    expect(lines[0]).toContain('备注：已发布')
    expect(lines[0]).toContain('王芳（区政府办公室）填写于')
    expect(lines[1]).toContain('完成情况：部分完成')
    wrapper.unmount()
  })

  it('says that reading it needs the network', async () => {
    await signInAs('coordinator')
    online = false
    const { wrapper } = await openTaskItem()
    await wrapper.get('.item-history__toggle').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('.item-history__body').text()).toContain('联网后才能查看修改历史'))
    wrapper.unmount()
  })

  it('is not offered to staff', async () => {
    await signInAs('staff')
    const { wrapper } = await openTaskItem()
    expect(wrapper.find('.item-history').exists()).toBe(false)
    wrapper.unmount()
  })
})
