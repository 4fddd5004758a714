import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/app/db/database'
import { adoptSession, forgetSession } from '../../../src/app/db/identity'
import SyncPage from '../../../src/app/pages/SyncPage.vue'
import { createSyncApi } from '../../../src/app/sync/api'
import { fakeSyncServer } from './fakeSyncServer'
import { mountWithApp } from './mountWithApp'
import { writeNotes } from './device'

let server = fakeSyncServer()

describe('the sync page', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
    server = fakeSyncServer()
    server.addUser('wang', 'pw-wang')
    vi.stubGlobal('fetch', server.fetch)
  })

  it('lists refused changes with the server\'s reason', async () => {
    const { clientId } = await adoptSession(await createSyncApi(server.fetch).login({ username: 'wang', password: 'pw-wang' }))
    await writeNotes(1)
    server.verdicts.set(`${clientId}:1`, { status: 'rejected', code: 'forbidden', reason: '区生态环境局不负责这项任务' })
    const { wrapper } = await mountWithApp(SyncPage, {}, '/sync')
    await wrapper.find('button.van-button--primary').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('原因：区生态环境局不负责这项任务'))
    expect(wrapper.text()).toContain('未被接受的修改')
    expect(wrapper.text()).toContain('清单进度 · 已完成 · note 1')
  })

  it('names whose changes wait for them after they signed out', async () => {
    await adoptSession(await createSyncApi(server.fetch).login({ username: 'wang', password: 'pw-wang' }))
    await writeNotes(3)
    await forgetSession()
    const { wrapper, router } = await mountWithApp(SyncPage, {}, '/sync')
    await vi.waitFor(() => expect(wrapper.text()).toContain('WANG 的未同步修改'))
    expect(wrapper.text()).toContain('3 项，只有本人登录后才会发送')
    const signIn = wrapper.findAll('button').find(b => b.text() === '登录')!
    await signIn.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/login'))
  })
})
