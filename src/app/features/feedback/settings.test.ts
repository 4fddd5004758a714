import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { feedbackSettingsDefaults, feedbackSettingsId, feedbackSettingsIdOf } from '../../../shared/records/feedbackSettings'
import { saveDirectory } from '../../db/directoryRepository'
import { testNodes } from '../../../../tests/shared/directoryFixture'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()

async function signInAs(role: 'coordinator' | 'staff') {
  await adoptSession({ token: 't', expiresAt: Date.now() + 3_600_000, user: { id: role, username: role, displayName: role, unit: '区生态环境局', role } })
  await useSessionStore().load()
}

describe('feedback settings', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))
  afterEach(async () => {
    await db.meta.clear()
    await useSessionStore().load()
  })

  it('lets a coordinator change the topics and the reply deadline, sending only what changed; quick entry offers the new topics', async () => {
    await signInAs('coordinator')
    const { wrapper, router } = await mountApp(pinia, '/feedback/settings')
    await vi.waitFor(() => expect(wrapper.find('.settings-form').exists()).toBe(true))
    const [topics] = wrapper.findAll('textarea')
    await topics.setValue(`${feedbackSettingsDefaults.topics.join('\n')}\n停车管理\n`)
    await wrapper.findAll('input[type=number]')[0].setValue('10')
    await wrapper.get('form').trigger('submit')
    // The save loads the settings' schema first (not with the screen): generous on a loaded machine.
    await vi.waitFor(async () => expect(await db.feedbackSettings.get(feedbackSettingsId)).toMatchObject({ replyWorkingDays: 10, contactRetentionDays: 180 }), { timeout: 5000 })
    const [entry] = await db.outbox.toArray()
    expect(Object.keys(entry.data).sort()).toEqual(['replyWorkingDays', 'topics'])
    expect((entry.data.topics as string[]).at(-1)).toBe('停车管理')

    await router.push('/feedback/new')
    await vi.waitFor(() => expect(wrapper.findAll('.topic-chips__chip').map(c => c.text())).toContain('停车管理'))
    wrapper.unmount()
  })

  it('keeps my organization\'s settings in its own record, started from the shared settings it showed until then', async () => {
    await signInAs('coordinator')
    await saveDirectory({ version: 1, unitId: '区生态环境局', organizationId: '区生态环境局', nodes: testNodes }, 'coordinator')
    await db.feedbackSettings.put({ ...feedbackSettingsDefaults, topics: ['共用话题', '其他'], replyWorkingDays: 12 })
    const { wrapper } = await mountApp(pinia, '/feedback/settings')
    await vi.waitFor(() => expect((wrapper.find('textarea').element as HTMLTextAreaElement | undefined)?.value).toBe('共用话题\n其他'), { timeout: 5000 })
    await wrapper.findAll('input[type=number]')[1].setValue('90')
    await wrapper.get('form').trigger('submit')
    const ownId = feedbackSettingsIdOf('区生态环境局')
    await vi.waitFor(async () => expect(await db.feedbackSettings.get(ownId)).toMatchObject({ owner: '区生态环境局', topics: ['共用话题', '其他'], replyWorkingDays: 12, contactRetentionDays: 90 }), { timeout: 5000 })
    expect(await db.feedbackSettings.get(feedbackSettingsId)).toMatchObject({ replyWorkingDays: 12, contactRetentionDays: 180 })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ entity: 'feedbackSettings', id: ownId, op: 'patch' })
    expect(entry.data).toMatchObject({ owner: '区生态环境局', contactRetentionDays: 90 })
    wrapper.unmount()
  })

  it('says in the form\'s words what to fix (a duplicate or missing topic, a deadline out of range) and saves nothing', async () => {
    await signInAs('coordinator')
    const { wrapper } = await mountApp(pinia, '/feedback/settings')
    await vi.waitFor(() => expect(wrapper.find('.settings-form').exists()).toBe(true))
    const problemsShown = () => wrapper.findAll('.settings-form__problems li').map(li => li.text())
    // Each case's problems differ from the last case's: shown once they have changed.
    const problemsAfter = async (topics: string, replyDays: string) => {
      const before = problemsShown().join()
      await wrapper.get('textarea').setValue(topics)
      await wrapper.findAll('input[type=number]')[0].setValue(replyDays)
      await wrapper.get('form').trigger('submit')
      await vi.waitFor(() => expect(problemsShown().join()).not.toBe(before), { timeout: 5000 })
      return problemsShown()
    }
    expect(await problemsAfter('交通出行\n交通出行', '15')).toEqual(['主题“交通出行”重复了，请删去一个。'])
    expect(await problemsAfter('', '15')).toEqual(['请至少保留一个主题。'])
    expect(await problemsAfter('交通出行', '0')).toEqual(['答复期限（工作日）应为 1–250 之间的整数。'])
    expect(await problemsAfter('停'.repeat(51), '15')).toEqual([`主题“${'停'.repeat(12)}…”太长，最多 50 个字。`])
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('is for coordinators only', async () => {
    await signInAs('staff')
    const { wrapper } = await mountApp(pinia, '/feedback/settings')
    await vi.waitFor(() => expect(wrapper.text()).toContain('意见设置由协调员统一修改'))
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })
})
