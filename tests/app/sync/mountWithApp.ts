// Mounts a component the way the app runs it: Pinia and a router with the sync routes
// (Vant components resolve per component, as in the build).
import type { Component } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

const Blank = { template: '<p>page</p>' }

export async function mountWithApp(component: Component, props: Record<string, unknown> = {}, path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['/', '/login', '/sync', '/me'].map(p => ({ path: p, component: Blank })),
  })
  await router.push(path)
  const wrapper = mount(component, { props, global: { plugins: [pinia, router] } })
  await settle()
  return { wrapper, router }
}

/** Lets IndexedDB reads, live queries and the engine's first sync finish. */
export async function settle(ms = 60) {
  await flushPromises()
  await new Promise(resolve => setTimeout(resolve, ms))
  await flushPromises()
}
