import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import UpdatePrompt from './UpdatePrompt.vue'
import { reloadPending, updateWaiting } from './serviceWorker'
import { useFormsStore } from '../stores/forms'

describe('the update prompt', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    updateWaiting.value = false
    reloadPending.value = false
  })

  it('stays hidden until a new version waits', async () => {
    const wrapper = mount(UpdatePrompt)
    expect(wrapper.find('[role=status]').exists()).toBe(false)
    updateWaiting.value = true
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('新版本已准备好')
    expect(wrapper.get('.van-button--primary').attributes('disabled')).toBeUndefined()
  })

  it('will not update while a form holds unsaved typing, and says why', async () => {
    updateWaiting.value = true
    useFormsStore().setDirty('note', true)
    const wrapper = mount(UpdatePrompt)
    expect(wrapper.text()).toContain('请先保存正在填写的内容')
    expect(wrapper.get('.van-button--primary').attributes('disabled')).toBeDefined()
    useFormsStore().setDirty('note', false)
    await wrapper.vm.$nextTick()
    expect(wrapper.get('.van-button--primary').attributes('disabled')).toBeUndefined()
  })

  it('can be put off until later', async () => {
    updateWaiting.value = true
    const wrapper = mount(UpdatePrompt)
    await wrapper.get('.van-button:not(.van-button--primary)').trigger('click')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })

  it('explains a reload that waits for saved forms when another window updated', async () => {
    reloadPending.value = true
    const wrapper = mount(UpdatePrompt)
    expect(wrapper.text()).toContain('保存正在填写的内容后将自动刷新')
    expect(wrapper.find('.van-button').exists()).toBe(false)
  })
})
