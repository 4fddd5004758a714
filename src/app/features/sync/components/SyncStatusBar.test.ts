import { describe, expect, it } from 'vitest'
import { db } from '../../../db/database'
import { markSessionExpired, readSession } from '../../../db/identity'
import SyncStatusBar from './SyncStatusBar.vue'
import { syncEngine } from '../../../sync'
import { eventually, mountWithApp, signInWang, useFakeServerForTheApp } from '../../../../../tests/helpers/app/mountWithApp'
import { writeNotes } from '../../../../../tests/helpers/app/device'

const server = useFakeServerForTheApp()
const signIn = () => signInWang(server())

describe('the sync status bar', () => {
  it('says how many changes wait and why they could not go out', async () => {
    await signIn()
    await writeNotes(2)
    server().failNext('network')
    const { wrapper } = await mountWithApp(SyncStatusBar)
    await eventually(() => expect(wrapper.text()).toContain('连不上服务器，稍后自动重试'))
    await eventually(() => expect(wrapper.text()).toContain('2 项修改待同步'))
    expect(wrapper.find('a[href="/sync"]').exists()).toBe(true)
  })

  it('asks to sign in again when the session expired, keeping the count', async () => {
    await signIn()
    await writeNotes(1)
    await markSessionExpired((await readSession())!.token)
    await syncEngine.syncNow()
    const { wrapper } = await mountWithApp(SyncStatusBar)
    await eventually(() => expect(wrapper.text()).toContain('登录已过期，请重新登录'))
    await eventually(() => expect(wrapper.text()).toContain('1 项修改待同步'))
    expect(wrapper.find('a[href="/login"]').text()).toBe('重新登录')
  })

  it('warns when changes have waited unsynced for three days or more', async () => {
    await signIn()
    await writeNotes(1)
    await db.outbox.toCollection().modify({ createdAt: Date.now() - 3 * 24 * 60 * 60_000 - 1000 })
    server().failNext('network')
    const { wrapper } = await mountWithApp(SyncStatusBar)
    await eventually(() => expect(wrapper.find('[role="alert"]').text()).toContain('有修改已 3 天未同步'))
  })

  it('shows synced with the time of the last sync when nothing waits', async () => {
    await signIn()
    const { wrapper } = await mountWithApp(SyncStatusBar)
    await syncEngine.syncNow()
    await eventually(() => expect(wrapper.text()).toContain('上次同步 刚刚'))
    expect(wrapper.text()).toContain('已同步')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
