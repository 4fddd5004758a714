import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useDirtyForm } from './useDirtyForm'

const Form = defineComponent(() => {
  const text = ref('半截备注')
  useDirtyForm(() => text.value !== '')
  return () => h('p', text.value)
})

async function formAfterList() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/list', component: { render: () => h('p', 'list') } }, { path: '/form', component: Form }],
  })
  await router.push('/list')
  await router.push('/form')
  const wrapper = mount(RouterView, { global: { plugins: [createPinia(), router] } })
  await flushPromises()
  return { router, wrapper }
}

const dialogs = () => document.body.querySelectorAll('.van-dialog')
const visibleDialog = () => [...document.body.querySelectorAll<HTMLElement>('.van-dialog')].find(el => el.style.display !== 'none')

describe('an unsaved form and the back button', () => {
  it('stays after two back presses, keeps one question open, and leaves back only on 放弃', async () => {
    const { router, wrapper } = await formAfterList()
    router.back()
    await vi.waitFor(() => expect(visibleDialog()?.textContent).toContain('未保存'), { timeout: 5000 })
    // The phone's second back press: the browser fires popstate, the router navigates again.
    globalThis.dispatchEvent(new PopStateEvent('popstate'))
    router.back()
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 400))
    expect(router.currentRoute.value.path).toBe('/form')
    expect(visibleDialog()).toBeDefined()
    expect(dialogs().length).toBe(1)
    visibleDialog()!.querySelector<HTMLElement>('.van-dialog__confirm')!.click()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/list'), { timeout: 5000 })
    wrapper.unmount()
  })

  it('stays on 继续编辑', async () => {
    const { router, wrapper } = await formAfterList()
    await router.push('/list')
    await vi.waitFor(() => expect(visibleDialog()).toBeDefined(), { timeout: 5000 })
    visibleDialog()!.querySelector<HTMLElement>('.van-dialog__cancel')!.click()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(router.currentRoute.value.path).toBe('/form')
    wrapper.unmount()
  })
})
