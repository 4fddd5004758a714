// Mounts a component the way the app runs it: Pinia and a router with the sync routes
// (Vant components resolve per component, as in the build).
import type { Component } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { db } from '../../../src/app/db/database'
import { adoptSession } from '../../../src/app/db/identity'
import { syncEngine } from '../../../src/app/sync'
import { createSyncApi } from '../../../src/app/sync/api'
import { type FakeSyncServer, fakeSyncServer } from './fakeSyncServer'

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

/**
 * Before each test: an empty app database and a fresh fake server with the user "wang",
 * answering the app's own fetch. Returns the current server.
 */
export function useFakeServerForTheApp(): () => FakeSyncServer {
  let server: FakeSyncServer
  beforeEach(async () => {
    // The app's one engine outlives each test: silence the previous test's triggers first.
    syncEngine.stop()
    while (syncEngine.status.running)
      await new Promise(resolve => setTimeout(resolve, 10))
    await Promise.all(db.tables.map(t => t.clear()))
    server = fakeSyncServer()
    server.addUser('wang', 'pw-wang')
    vi.stubGlobal('fetch', server.fetch)
  })
  return () => server
}

/** Signs "wang" in on the app's database, as the sign-in page would. */
export async function signInWang(server: FakeSyncServer) {
  return adoptSession(await createSyncApi(server.fetch).login({ username: 'wang', password: 'pw-wang' }))
}

/** Waits for what the screen shows after IndexedDB reads and live queries, which are slow on a busy machine. */
export function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 5_000, interval: 20 })
}
