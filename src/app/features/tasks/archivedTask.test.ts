// A task of an archived year (2024, seen in 2026) is read-only: its boxes are disabled with a
// note saying why, never labelled overdue; a coordinator reopens its plan in one tap, which
// reaches the server through the outbox as the plan's one patchable field.
import type { Role } from '../../../shared/api/auth'
import { setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { fixtureTasks, qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const [openDay] = fixtureTasks()
const pinia = createPinia()

async function openTaskAs(role: Role) {
  await resetDevice([qingpu2024])
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: `user-${role}`, username: role, displayName: role, unit: '区政府办公室', role } })
  await useSessionStore().load()
  const { wrapper } = await mountApp(pinia, `/tasks/${encodeURIComponent(openDay.id)}`)
  await vi.waitFor(() => expect(wrapper.find('.archived-notice').exists()).toBe(true))
  return wrapper
}

describe('a task of an archived year', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:00:00+08:00'), shouldAdvanceTime: true })
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  })
  afterAll(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('is read-only for staff, says the year is archived, and is not shown as overdue', async () => {
    const wrapper = await openTaskAs('staff')
    expect(wrapper.get('.archived-notice').text()).toContain('2024年工作要点已归档')
    expect(wrapper.get('.archived-notice').find('button').exists()).toBe(false)
    const boxes = wrapper.findAll('.check-item input[type=checkbox]')
    expect(boxes.length).toBeGreaterThan(0)
    expect(boxes.every(box => (box.element as HTMLInputElement).disabled)).toBe(true)
    await boxes[0].trigger('change')
    expect(await db.outbox.count()).toBe(0)
    expect(wrapper.get('.summary').text()).not.toContain('逾期')
    expect(wrapper.get('.summary').text()).toContain('已归档')
    wrapper.unmount()
  })

  it('lets a coordinator reopen the plan, which unlocks the boxes and queues the plan\'s patch', async () => {
    const wrapper = await openTaskAs('coordinator')
    await wrapper.get('.archived-notice button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.archived-notice').exists()).toBe(false))
    expect((wrapper.get('.check-item input[type=checkbox]').element as HTMLInputElement).disabled).toBe(false)
    expect((await db.plans.get(qingpu2024.id))?.reopened).toBe(true)
    expect((await db.outbox.toArray()).map(entry => [entry.entity, entry.op, entry.data])).toEqual([['plan', 'patch', { reopened: true }]])
    wrapper.unmount()
  })
})
