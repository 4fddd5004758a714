// Mounts the real app shell (router, Pinia, pages) on fake IndexedDB, at a given address.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../../src/app/App.vue'
import { db } from '../../../src/app/db/database'
import { storePlanRecords } from '../../../src/app/db/planRepository'
import { routes } from '../../../src/app/router'
import type { PlanRecord } from '../../../src/shared/records/plan'

/** Marks the bundled plans of this (test) build as already stored, so tests control the plans. */
export async function resetDevice(plans: PlanRecord[]): Promise<void> {
  await Promise.all(db.tables.map(t => t.clear()))
  await db.meta.put({ key: 'bundledPlans', value: __APP_BUILD__ })
  await storePlanRecords(plans)
}

export async function mountApp(pinia: Pinia, path: string) {
  const mounted = await mountAppUnsettled(pinia, path)
  await flushPromises()
  return mounted
}

/** The app as its first render leaves it, before any later task: what a screen shows at once. */
export async function mountAppUnsettled(pinia: Pinia, path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  return { wrapper, router }
}

export { createPinia }
