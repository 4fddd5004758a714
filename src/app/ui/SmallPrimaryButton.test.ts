import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import SmallPrimaryButton from './SmallPrimaryButton.vue'

function routerAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: ['/', '/login'].map(route => ({ path: route, component: { render: () => null } })) })
  void router.push(path)
  return router
}

describe('SmallPrimaryButton', () => {
  it('is a button that opens its address on a tap, like Vant\'s button with `to`', async () => {
    const router = routerAt('/')
    await router.isReady()
    const wrapper = mount(SmallPrimaryButton, { props: { to: '/login' }, slots: { default: '登录' }, global: { plugins: [router] } })
    const button = wrapper.get('button')
    expect(button.text()).toBe('登录')
    expect(button.classes()).toEqual(expect.arrayContaining(['van-button', 'van-button--primary', 'van-button--small']))
    await button.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/login')
  })

  it('without an address reports the tap and stays', async () => {
    const router = routerAt('/')
    await router.isReady()
    const wrapper = mount(SmallPrimaryButton, { slots: { default: '选择单位' }, global: { plugins: [router] } })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.emitted('click')).toHaveLength(1)
    expect(router.currentRoute.value.path).toBe('/')
  })
})
