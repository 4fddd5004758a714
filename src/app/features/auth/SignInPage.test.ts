import { describe, expect, it } from 'vitest'
import { db } from '../../db/database'
import { readSession } from '../../db/identity'
import SignInPage from './pages/SignInPage.vue'
import { eventually, mountWithApp, settle, useFakeServerForTheApp } from '../../../../tests/helpers/app/mountWithApp'
import { writeNotes } from '../../../../tests/helpers/app/device'

const server = useFakeServerForTheApp()

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], username: string, password: string) {
  await wrapper.find('input[name="username"]').setValue(username)
  await wrapper.find('input[name="password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await settle()
}

describe('the sign-in page', () => {
  it('labels its fields for screen readers', async () => {
    const { wrapper } = await mountWithApp(SignInPage, {}, '/login')
    for (const name of ['username', 'password']) {
      const input = wrapper.find(`input[name="${name}"]`)
      const label = wrapper.find(`label[for="${input.attributes('id')}"]`)
      expect(label.text()).toBe(name === 'username' ? '用户名' : '密码')
    }
  })

  it('says so when the password is wrong, and stays signed out', async () => {
    const { wrapper, router } = await mountWithApp(SignInPage, {}, '/login')
    await fillAndSubmit(wrapper, 'wang', 'nope')
    await eventually(() => expect(wrapper.text()).toContain('用户名或密码不正确'))
    expect(await readSession()).toBeNull()
    expect(router.currentRoute.value.path).toBe('/login')
  })

  it('says so when the server cannot be reached', async () => {
    server().failNext('network')
    const { wrapper } = await mountWithApp(SignInPage, {}, '/login')
    await fillAndSubmit(wrapper, 'wang', 'pw-wang')
    await eventually(() => expect(wrapper.text()).toContain('连不上服务器，请检查网络后重试'))
  })

  it('signs in, claims what was recorded before, and returns where it was asked to', async () => {
    await writeNotes(2)
    const { wrapper, router } = await mountWithApp(SignInPage, {}, '/login?redirect=/sync')
    await fillAndSubmit(wrapper, ' wang ', 'pw-wang')
    await eventually(() => expect(router.currentRoute.value.path).toBe('/sync'))
    expect(await readSession()).toMatchObject({ user: { username: 'wang' }, expired: false })
    expect((await db.outbox.toArray()).every(e => e.userId === 'user-wang')).toBe(true)
  })

  it('requires both fields before trying to sign in', async () => {
    const { wrapper } = await mountWithApp(SignInPage, {}, '/login')
    await wrapper.find('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('请填写用户名'))
    expect(server().calls.filter(c => c.includes('/auth/'))).toEqual([])
  })
})
