import type { SessionUser } from '../../../shared/api/auth'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { adoptSession, readSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

// The server's side of POST /api/auth/password, as tests/server/password.test.ts pins it down;
// the app against the real server is in tests/e2e/coordinator.test.ts.
const calls: Array<{ path: string, authorization: string | null, body: unknown }> = []
let answer: () => Response | Promise<Response> = () => new Response(null, { status: 204 })
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const user: SessionUser = { id: 'user-li', username: 'li', displayName: '李', unit: '区数据局', role: 'staff', mustChangePassword: true }
const pinia = createPinia()

async function openPasswordPage() {
  const mounted = await mountApp(pinia, '/password?redirect=/plans')
  await vi.waitFor(() => expect(mounted.wrapper.find('.password-page form').exists()).toBe(true))
  return mounted
}

async function fill(wrapper: Awaited<ReturnType<typeof openPasswordPage>>['wrapper'], current: string, next: string, confirm = next) {
  await wrapper.get('input[name="current-password"]').setValue(current)
  await wrapper.get('input[name="new-password"]').setValue(next)
  await wrapper.get('input[name="confirm-password"]').setValue(confirm)
  await wrapper.get('form').trigger('submit')
}

describe('changing the password', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
      const path = new URL(input, 'http://app').pathname
      if (path === '/api/auth/login')
        return json(200, { token: 'token-li-2', expiresAt: Date.now() + 3_600_000, user })
      if (path !== '/api/auth/password')
        throw new TypeError('Failed to fetch')
      calls.push({ path, authorization: new Headers(init.headers).get('authorization'), body: JSON.parse(init.body as string) })
      return answer()
    })
  })

  beforeEach(async () => {
    await resetDevice([qingpu2024])
    calls.length = 0
    answer = () => new Response(null, { status: 204 })
    await adoptSession({ token: 'token-li', expiresAt: Date.now() + 3_600_000, user })
    await useSessionStore().load()
  })

  it('shows the rules and checks them before asking the server', async () => {
    const { wrapper } = await openPasswordPage()
    expect(wrapper.text()).toContain('你正在使用管理员发放的一次性密码')
    expect(wrapper.get('.password-rules').text()).toContain('至少 8 个字符')
    await fill(wrapper, '', 'short', 'shorter')
    expect(wrapper.text()).toContain('请填写当前密码')
    expect(wrapper.text()).toContain('新密码至少需要 8 个字符')
    expect(wrapper.text()).toContain('两次输入的新密码不一致')
    await fill(wrapper, 'same-password', 'same-password')
    expect(wrapper.text()).toContain('新密码不能与当前密码相同')
    expect(calls).toEqual([])
    for (const name of ['current-password', 'new-password', 'confirm-password']) {
      const input = wrapper.get(`input[name="${name}"]`)
      expect(wrapper.find(`label[for="${input.attributes('id')}"]`).text()).not.toBe('')
    }
    wrapper.unmount()
  })

  it('shows live that a common password does not pass, and does not send it', async () => {
    const { wrapper } = await openPasswordPage()
    const rule = () => wrapper.findAll('.password-rules li').find(li => li.text().includes('不是常见密码'))!
    await wrapper.get('input[name="new-password"]').setValue('12345678')
    expect(rule().classes()).not.toContain('password-rules__met')
    await wrapper.get('input[name="new-password"]').setValue('tea garden 2025')
    expect(rule().classes()).toContain('password-rules__met')
    for (const weak of ['password', 'qwertyui', '88888888']) {
      await fill(wrapper, 'one-time-pw', weak)
      expect(calls).toEqual([])
    }
    expect(wrapper.text()).toContain('新密码太常见，或含有用户名、姓名')
  })

  it('says so under the field when the current password is wrong', async () => {
    answer = () => json(400, { error: { code: 'wrong_password', message: '当前密码不正确', issues: [{ path: 'currentPassword', message: '当前密码不正确' }] } })
    const { wrapper } = await openPasswordPage()
    await fill(wrapper, 'not-it', 'new-password-1')
    await vi.waitFor(() => expect(wrapper.text()).toContain('当前密码不正确'))
    expect((await readSession())?.user.mustChangePassword).toBe(true)
    wrapper.unmount()
  })

  it('needs the network and says so, keeping everything on the device', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch')
    }
    const { wrapper } = await openPasswordPage()
    await fill(wrapper, 'one-time-pw', 'new-password-1')
    await vi.waitFor(() => expect(wrapper.get('[role=alert]').text()).toContain('修改密码需要联网'))
    wrapper.unmount()
  })

  it('sends the change with the session, then stops reminding', async () => {
    const home = await mountApp(pinia, '/')
    await vi.waitFor(() => expect(home.wrapper.find('.password-reminder').exists()).toBe(true))
    home.wrapper.unmount()

    const { wrapper, router } = await openPasswordPage()
    await fill(wrapper, 'one-time-pw', 'new-password-1')
    await vi.waitFor(() => expect(wrapper.text()).toContain('密码已修改'))
    expect(calls).toEqual([{ path: '/api/auth/password', authorization: 'Bearer token-li', body: { currentPassword: 'one-time-pw', newPassword: 'new-password-1' } }])
    expect((await readSession())?.user).not.toHaveProperty('mustChangePassword')
    await wrapper.get('.password-page__done button').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/plans'))
    await router.push('/')
    await vi.waitFor(() => expect(wrapper.find('.home').exists()).toBe(true))
    expect(wrapper.find('.password-reminder').exists()).toBe(false)
    wrapper.unmount()
  })

  it('is asked for right after signing in with a one-time password', async () => {
    const { wrapper, router } = await mountApp(pinia, '/login?redirect=/plans')
    await wrapper.get('input[name="username"]').setValue('li')
    await wrapper.get('input[name="password"]').setValue('one-time-pw')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/password?redirect=/plans'))
    wrapper.unmount()
  })

  it('is offered under 我的 to anyone signed in', async () => {
    const { wrapper } = await mountApp(pinia, '/me')
    await vi.waitFor(() => expect(wrapper.text()).toContain('修改密码'))
    expect(wrapper.text()).toContain('你还在使用一次性密码')
    expect(wrapper.text()).not.toContain('各单位进度总览')
    wrapper.unmount()
  })
})
