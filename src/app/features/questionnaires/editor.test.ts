import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { adoptSession } from '../../db/identity'
import { useSessionStore } from '../../stores/session'
import { standardQuestionnaire } from '../../../shared/questionnaire'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { saveDirectory } from '../../db/directoryRepository'
import { useDirectory } from '../directory'
import { testNodes } from '../../../../tests/shared/directoryFixture'

const pinia = createPinia()

async function signInAs(role: 'coordinator' | 'staff') {
  await adoptSession({ token: 't', expiresAt: Date.now() + 3_600_000, user: { id: role, username: role, displayName: role, unit: '区政府办公室', role } })
  await useSessionStore().load()
}

async function openEditor(id = standardQuestionnaire.id) {
  const { wrapper } = await mountApp(pinia, `/feedback/questionnaires/${id}`)
  await vi.waitFor(() => expect(wrapper.find('.q-editor, .kf-card').exists()).toBe(true))
  return wrapper
}

const button = (wrapper: Awaited<ReturnType<typeof openEditor>>, text: string) => wrapper.findAll('button').find(b => b.text() === text)!

describe('the questionnaire editor', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([qingpu2024]))
  afterEach(async () => {
    await db.meta.clear()
    await useSessionStore().load()
  })

  it('stores a coordinator\'s first edit of the standard questionnaire whole, and later edits as the changed fields', async () => {
    await signInAs('coordinator')
    const wrapper = await openEditor()
    await vi.waitFor(() => expect(wrapper.findAll('.q-edit')).toHaveLength(standardQuestionnaire.questions.length))
    await wrapper.get('.q-editor__head textarea').setValue('2025年开放日满意度调查')
    await button(wrapper, '评分').trigger('click')
    const added = wrapper.findAll('.q-edit').at(-1)!
    await added.get('textarea').setValue('您对讲解员的评价')
    await wrapper.get('form.q-editor').trigger('submit')
    await vi.waitFor(async () => expect(await db.questionnaires.get(standardQuestionnaire.id)).toMatchObject({ title: '2025年开放日满意度调查' }))
    const stored = (await db.questionnaires.get(standardQuestionnaire.id))!
    expect(stored.questions.at(-1)).toMatchObject({ kind: 'rating', text: '您对讲解员的评价', scale: 5 })
    expect(stored.questions.slice(0, -1)).toEqual(standardQuestionnaire.questions)
    await vi.waitFor(() => expect(wrapper.text()).toContain('问卷已保存'))

    await wrapper.findAll('.q-editor__head textarea')[2].setValue('谢谢！')
    await wrapper.get('form.q-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.questionnaires.get(standardQuestionnaire.id))?.thanks).toBe('谢谢！'))
    const entries = await db.outbox.toArray()
    expect(entries.map(e => `${e.entity}:${e.op}`)).toEqual(['questionnaire:put', 'questionnaire:patch'])
    expect(Object.keys(entries[1].data).sort()).toEqual(['thanks', 'updatedAt'])
    wrapper.unmount()
  })

  it('makes a new questionnaire and an edit of the standard one my organization\'s, the edit under its own id', async () => {
    await signInAs('coordinator')
    await saveDirectory({ version: 1, unitId: '区政府办公室', organizationId: '青浦区人民政府', nodes: testNodes }, 'coordinator')
    await vi.waitFor(() => expect(useDirectory().organizationId.value).toBe('青浦区人民政府'))
    const wrapper = await openEditor()
    await vi.waitFor(() => expect(wrapper.findAll('.q-edit')).toHaveLength(standardQuestionnaire.questions.length))
    await wrapper.get('.q-editor__head textarea').setValue('区政府开放日满意度调查')
    await wrapper.get('form.q-editor').trigger('submit')
    const ownId = `${standardQuestionnaire.id}@青浦区人民政府`
    await vi.waitFor(async () => expect(await db.questionnaires.get(ownId)).toMatchObject({ owner: '青浦区人民政府', title: '区政府开放日满意度调查' }))
    await wrapper.findAll('.q-editor__head textarea')[2].setValue('谢谢！')
    await wrapper.get('form.q-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.questionnaires.get(ownId))?.thanks).toBe('谢谢！'))
    expect((await db.outbox.toArray()).map(e => `${e.id}:${e.op}`)).toEqual([`${ownId}:put`, `${ownId}:patch`])
    expect(await db.questionnaires.get(standardQuestionnaire.id)).toBeUndefined()
    wrapper.unmount()

    const fresh = await openEditor('new')
    await fresh.get('.q-editor__head textarea').setValue('新问卷')
    await fresh.get('.q-edit textarea').setValue('您从哪里来')
    const [first, second] = fresh.findAll('.options-edit input')
    await first.setValue('本区')
    await second.setValue('外区')
    await fresh.get('form.q-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.questionnaires.filter(q => q.title === '新问卷').first())?.owner).toBe('青浦区人民政府'))
    fresh.unmount()
  })

  it('names what is wrong and saves nothing: an option left empty', async () => {
    await signInAs('coordinator')
    const wrapper = await openEditor('new')
    await wrapper.get('.q-editor__head textarea').setValue('新问卷')
    await wrapper.get('.q-edit textarea').setValue('您从哪里来')
    await wrapper.get('.options-edit input').setValue('本区')
    await wrapper.get('form.q-editor').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('第 1 题 选项 2：不能为空'))
    expect(await db.questionnaires.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('is for coordinators only', async () => {
    await signInAs('staff')
    const wrapper = await openEditor()
    expect(wrapper.text()).toContain('问卷由协调员统一编辑')
    expect(wrapper.find('.q-editor').exists()).toBe(false)
    wrapper.unmount()
  })
})
