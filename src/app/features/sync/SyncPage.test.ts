import { describe, expect, it } from 'vitest'
import { forgetSession } from '../../db/identity'
import SyncPage from './pages/SyncPage.vue'
import { eventually, mountWithApp, signInWang, useFakeServerForTheApp } from '../../../../tests/helpers/app/mountWithApp'
import { writeNotes } from '../../../../tests/helpers/app/device'

const server = useFakeServerForTheApp()

describe('the sync page', () => {
  it('lists refused changes with the server\'s reason', async () => {
    const { clientId } = await signInWang(server())
    await writeNotes(1)
    server().verdicts.set(`${clientId}:1`, { status: 'rejected', code: 'forbidden', reason: '区生态环境局不负责这项任务' })
    const { wrapper } = await mountWithApp(SyncPage, {}, '/sync')
    await wrapper.find('button.van-button--primary').trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('原因：区生态环境局不负责这项任务'))
    expect(wrapper.text()).toContain('未被接受的修改')
    expect(wrapper.text()).toContain('清单进度 · 已完成 · note 1')
  })

  it('names whose changes wait for them after they signed out', async () => {
    await signInWang(server())
    await writeNotes(3)
    await forgetSession()
    const { wrapper, router } = await mountWithApp(SyncPage, {}, '/sync')
    await eventually(() => expect(wrapper.text()).toContain('WANG 的未同步修改'))
    expect(wrapper.text()).toContain('3 项，只有本人登录后才会发送')
    const signIn = wrapper.findAll('button').find(b => b.text() === '登录')!
    await signIn.trigger('click')
    await eventually(() => expect(router.currentRoute.value.path).toBe('/login'))
  })
})
