import type { Role } from '../../../shared/api/auth'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveDirectory } from '../../db/directoryRepository'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { fakeAccountsServer, listedUser } from '../../../../tests/helpers/app/accountsServer'
import { testNodes } from '../../../../tests/shared/directoryFixture'

const pinia = createPinia()
const desk = listedUser('user-desk', '陈主任', '区政府办公室', { role: 'coordinator' })
const server = fakeAccountsServer(() => [
  { ...desk },
  listedUser('li', '李明', '区数据局', { mustChangePassword: true }),
  listedUser('wang', '王芳', '区政府办公室'),
  listedUser('zhao', '赵强', '区数据局', { active: false, deactivatedAt: 1 }),
])

async function signInAs(role: Role) {
  const user = role === 'coordinator' ? desk : listedUser('li', '李明', '区数据局')
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + 3_600_000, user: { id: user.id, username: user.username, displayName: user.displayName, unit: user.unit, role } })
  await useSessionStore().load()
}

async function openAccounts() {
  const mounted = await mountApp(pinia, '/accounts')
  await vi.waitFor(() => expect(mounted.wrapper.find('.accounts-group, .accounts__offline, .accounts__problem').exists()).toBe(true), { timeout: 5_000 })
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof openAccounts>>['wrapper']
const item = (wrapper: Wrapper, name: string) => wrapper.findAll('.account-item').find(row => row.text().includes(name))!
const buttonOf = (wrapper: Wrapper, name: string, label: string) => item(wrapper, name).findAll('button').find(b => b.text() === label)!

async function fillNewAccount(wrapper: Wrapper, username: string, displayName: string, unit: string) {
  await wrapper.get('input[name="username"]').setValue(username)
  await wrapper.get('input[name="display-name"]').setValue(displayName)
  await wrapper.get('input[name="unit"]').setValue(unit)
  await wrapper.get('form.accounts-form').trigger('submit')
}

/** The confirm dialog Vant shows on the page's body, found by its message. */
async function answerConfirm(text: string, confirm = true) {
  await vi.waitFor(() => expect([...document.querySelectorAll('.van-dialog')].some(d => d.textContent?.includes(text))).toBe(true), { timeout: 5000 })
  const dialog = [...document.querySelectorAll<HTMLElement>('.van-dialog')].find(d => d.textContent?.includes(text))!
  dialog.querySelector<HTMLButtonElement>(confirm ? '.van-dialog__confirm' : '.van-dialog__cancel')!.click()
  await flushPromises()
}

const bodyText = () => document.body.textContent ?? ''
let online = true

describe('account management', () => {
  beforeAll(() => {
    setActivePinia(pinia)
    vi.stubGlobal('fetch', server.handle)
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online)
  })
  beforeEach(async () => {
    online = true
    server.reset()
    await resetDevice([qingpu2024])
  })

  it('is for coordinators: staff go back to 首页 and only coordinators see it under 我的', async () => {
    await signInAs('staff')
    const staff = await mountApp(pinia, '/accounts')
    expect(staff.router.currentRoute.value.path).toBe('/')
    await staff.router.push('/me')
    await vi.waitFor(() => expect(staff.wrapper.text()).toContain('修改密码'), { timeout: 5_000 })
    expect(staff.wrapper.text()).not.toContain('账号管理')
    staff.wrapper.unmount()
    expect(server.calls).toEqual([])

    await signInAs('coordinator')
    const { wrapper } = await mountApp(pinia, '/me')
    await vi.waitFor(() => expect(wrapper.text()).toContain('账号管理'), { timeout: 5_000 })
    const entry = wrapper.findAll('.van-cell').find(cell => cell.text().includes('账号管理'))!
    await entry.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.accounts-group').exists()).toBe(true), { timeout: 5_000 })
    wrapper.unmount()
  })

  it('lists accounts unit by unit with their state, and finds them by name or unit', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    expect(server.calls[0]).toMatchObject({ method: 'GET', path: '/api/users', authorization: 'Bearer token-coordinator' })
    expect(wrapper.findAll('.accounts-group__unit').map(h => h.text())).toEqual(['区数据局 2 个账号', '区政府办公室 2 个账号'])
    expect(item(wrapper, '李明').text()).toContain('需修改密码')
    expect(item(wrapper, '赵强').text()).toContain('已停用')
    expect(buttonOf(wrapper, '赵强', '启用')).toBeDefined()
    expect(item(wrapper, '陈主任').text()).toContain('本人')
    expect(item(wrapper, '陈主任').findAll('button')).toEqual([])

    await wrapper.get('#accounts-search').setValue('数据')
    expect(wrapper.findAll('.account-item').map(row => row.find('.account-item__name').text())).toEqual(['李明', '赵强'])
    await wrapper.get('#accounts-search').setValue('王')
    expect(wrapper.findAll('.account-item').map(row => row.find('.account-item__name').text())).toEqual(['王芳'])
    await wrapper.get('#accounts-search').setValue('没有这个人')
    expect(wrapper.text()).toContain('没有符合条件的账号')
    wrapper.unmount()
  })

  it('checks a new account before sending it, then shows its one-time password once', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    await wrapper.get('.accounts__add button').trigger('click')
    await wrapper.get('input[name="username"]').setValue('has space')
    await wrapper.get('form.accounts-form').trigger('submit')
    // The rules load with the first check (the screen comes without zod).
    await vi.waitFor(() => expect(wrapper.text()).toContain('用户名需 2–64 个字符'), { timeout: 5000 })
    expect(wrapper.text()).toContain('请填写姓名')
    expect(wrapper.text()).toContain('请选择或输入单位')
    expect(server.calls.filter(c => c.method === 'POST')).toEqual([])

    await wrapper.findAll('.accounts-form input[type=radio]')[1].setValue(true)
    await fillNewAccount(wrapper, 'sun.li', '孙丽', '区数据局')
    await vi.waitFor(() => expect(wrapper.find('.password-dialog__value').text()).toBe('NewPass234abcd'))
    expect(server.calls.at(-1)).toMatchObject({ method: 'POST', path: '/api/users', body: { username: 'sun.li', displayName: '孙丽', unit: '区数据局', role: 'coordinator' } })
    expect(wrapper.text()).toContain('首次登录后必须修改密码')
    expect(item(wrapper, '孙丽').text()).toContain('协调员')
    wrapper.unmount()
  })

  it('picks the unit of a new account from my organization in the unit directory, shown by name', async () => {
    await signInAs('coordinator')
    await saveDirectory({ version: 1, unitId: '区政府办公室', organizationId: '青浦区人民政府', nodes: testNodes }, desk.id)
    const { wrapper } = await openAccounts()
    await wrapper.get('.accounts__add button').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('input[name="unit"]').attributes('readonly')).toBeDefined())
    await wrapper.get('input[name="unit"]').trigger('click')
    const options = () => [...document.querySelectorAll<HTMLButtonElement>('.unit-picker__option')]
    await vi.waitFor(() => expect(options().length).toBeGreaterThan(0))
    // My organization's units only: the city bureau's 局办公室 and 大气处 are not offered.
    expect(options().map(o => o.textContent?.trim())).toContain('综合规划科')
    expect(options().map(o => o.textContent?.trim())).not.toContain('大气处')
    options().find(o => o.textContent?.trim() === '区数据局')!.click()
    await flushPromises()
    expect((wrapper.get('input[name="unit"]').element as HTMLInputElement).value).toBe('区数据局')
    await wrapper.get('input[name="username"]').setValue('qian.yu')
    await wrapper.get('input[name="display-name"]').setValue('钱雨')
    await wrapper.get('form.accounts-form').trigger('submit')
    await vi.waitFor(() => expect(server.calls.at(-1)).toMatchObject({ method: 'POST', body: { unit: '区数据局' } }))
    wrapper.unmount()
  })

  it('puts the server\'s refusal of a new account under the field it names', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    await wrapper.get('.accounts__add button').trigger('click')
    server.refuseNext(409, 'username_taken', '用户名 li 已被占用', [{ path: 'username', message: '用户名 li 已被占用' }])
    await fillNewAccount(wrapper, 'li', '另一个李明', '区数据局')
    await vi.waitFor(() => expect(wrapper.find('.accounts-form').text()).toContain('用户名 li 已被占用'))
    expect(wrapper.find('.password-dialog__value').exists()).toBe(false)
    wrapper.unmount()
  })

  it('resets a password after asking, and shows the new one-time password', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    await buttonOf(wrapper, '王芳', '重置密码').trigger('click')
    await answerConfirm('为“王芳”（wang）生成新的一次性密码', false)
    expect(server.calls.filter(c => c.method === 'POST')).toEqual([])

    await buttonOf(wrapper, '王芳', '重置密码').trigger('click')
    await answerConfirm('为“王芳”（wang）生成新的一次性密码')
    await vi.waitFor(() => expect(wrapper.find('.password-dialog__value').text()).toBe('Reset567xyzwPQ'))
    expect(server.calls.at(-1)).toMatchObject({ method: 'POST', path: '/api/users/wang/password-reset', authorization: 'Bearer token-coordinator' })
    expect(item(wrapper, '王芳').text()).toContain('需修改密码')
    wrapper.unmount()
  })

  it('signs someone out everywhere and switches accounts off and on, saying what happened', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    await buttonOf(wrapper, '王芳', '强制下线').trigger('click')
    await answerConfirm('让“王芳”（wang）在所有设备上退出登录')
    await vi.waitFor(() => expect(wrapper.get('.accounts__notice').text()).toBe('已让 王芳 在 2 台设备上退出登录'))
    expect(server.calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/users/wang/sessions' })

    await buttonOf(wrapper, '王芳', '停用').trigger('click')
    await answerConfirm('停用“王芳”（wang）？')
    await vi.waitFor(() => expect(item(wrapper, '王芳').text()).toContain('已停用'))
    expect(server.calls.at(-1)).toMatchObject({ method: 'PATCH', path: '/api/users/wang', body: { active: false } })
    expect(wrapper.get('.accounts__notice').text()).toBe('已停用 王芳')

    await buttonOf(wrapper, '王芳', '启用').trigger('click')
    await answerConfirm('重新启用“王芳”（wang）？')
    await vi.waitFor(() => expect(item(wrapper, '王芳').text()).not.toContain('已停用'))
    expect(server.calls.at(-1)).toMatchObject({ method: 'PATCH', body: { active: true } })
    wrapper.unmount()
  })

  it('shows the server\'s words when it refuses, and the network\'s absence in plain words', async () => {
    await signInAs('coordinator')
    const { wrapper } = await openAccounts()
    server.refuseNext(409, 'last_coordinator', '这是最后一个可用的协调员账号，不能停用')
    await buttonOf(wrapper, '王芳', '停用').trigger('click')
    await answerConfirm('停用“王芳”（wang）？')
    await vi.waitFor(() => expect(bodyText()).toContain('这是最后一个可用的协调员账号，不能停用'))
    expect(item(wrapper, '王芳').text()).not.toContain('已停用')

    server.failNext()
    await buttonOf(wrapper, '王芳', '重置密码').trigger('click')
    await answerConfirm('为“王芳”（wang）生成新的一次性密码')
    await vi.waitFor(() => expect(bodyText()).toContain('没有网络，操作未完成'))
    expect(wrapper.find('.password-dialog__value').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says plainly that it needs a connection, shows nothing stale, and loads once online', async () => {
    await signInAs('coordinator')
    online = false
    const { wrapper } = await openAccounts()
    expect(wrapper.get('.accounts__offline').text()).toContain('账号管理需要联网')
    expect(wrapper.findAll('.account-item')).toEqual([])
    expect(server.calls).toEqual([])

    online = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(wrapper.findAll('.account-item')).toHaveLength(4))
    online = false
    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(wrapper.findAll('.account-item')).toEqual([])
    expect(wrapper.find('.accounts__offline').exists()).toBe(true)
    wrapper.unmount()
  })

  it('treats a list request that gets no answer as offline, and a refusal as the server words it', async () => {
    await signInAs('coordinator')
    server.failNext()
    const offline = await openAccounts()
    expect(offline.wrapper.find('.accounts__offline').exists()).toBe(true)
    offline.wrapper.unmount()

    server.refuseNext(403, 'forbidden', '只有协调员可以管理账号')
    const { wrapper } = await openAccounts()
    expect(wrapper.get('.accounts__problem').text()).toContain('账号列表加载失败：只有协调员可以管理账号')
    await wrapper.get('.accounts__problem button').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.account-item')).toHaveLength(4))
    wrapper.unmount()
  })
})
