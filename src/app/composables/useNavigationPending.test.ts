import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useNavigationPending } from './useNavigationPending'

const screen = { render: () => null }

/** A router whose /slow screen's code arrives only when `arrive` is called, and whose /failing code never does. */
function routerWithSlowScreen() {
  let arrive = () => {}
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: screen },
      { path: '/quick', component: screen },
      { path: '/slow', component: () => new Promise<typeof screen>(resolve => (arrive = () => resolve(screen))) },
      { path: '/failing', component: () => Promise.reject(new Error('chunk failed')) },
      { path: '/guarded', component: screen, beforeEnter: () => false },
    ],
  })
  return { router, arrive: () => arrive() }
}

describe('useNavigationPending', () => {
  it('is pending while a screen loads, and no longer once it is there', async () => {
    const { router, arrive } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const pending = scope.run(() => useNavigationPending(router))!
    const going = router.push('/slow')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(pending.value).toBe(true)
    arrive()
    await going
    expect(pending.value).toBe(false)
    expect(router.currentRoute.value.path).toBe('/slow')
    scope.stop()
  })

  it('ends on a quick, a refused or a failed navigation', async () => {
    const { router } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const pending = scope.run(() => useNavigationPending(router))!
    await router.push('/quick')
    expect(pending.value).toBe(false)
    await router.push('/guarded')
    expect(pending.value).toBe(false)
    expect(router.currentRoute.value.path).toBe('/quick')
    await expect(router.push('/failing')).rejects.toThrow('chunk failed')
    expect(pending.value).toBe(false)
    scope.stop()
  })

  it('stops listening with its scope', async () => {
    const { router, arrive } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const pending = scope.run(() => useNavigationPending(router))!
    scope.stop()
    const going = router.push('/slow')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(pending.value).toBe(false)
    arrive()
    await going
  })
})
