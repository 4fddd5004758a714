import { afterEach, describe, expect, it, vi } from 'vitest'
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
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is pending while a screen loads, shows the wait only after a moment, and ends when the screen is there', async () => {
    vi.useFakeTimers()
    const { router, arrive } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const { pending, slow } = scope.run(() => useNavigationPending(router))!
    const going = router.push('/slow')
    await vi.advanceTimersByTimeAsync(0)
    expect([pending.value, slow.value]).toEqual([true, false])
    await vi.advanceTimersByTimeAsync(250)
    expect([pending.value, slow.value]).toEqual([true, true])
    arrive()
    await going
    expect([pending.value, slow.value]).toEqual([false, false])
    expect(router.currentRoute.value.path).toBe('/slow')
    scope.stop()
  })

  it('shows nothing for a quick screen, and ends on a refused or failed navigation', async () => {
    vi.useFakeTimers()
    const { router } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const { pending, slow } = scope.run(() => useNavigationPending(router))!
    await router.push('/quick')
    await vi.advanceTimersByTimeAsync(500)
    expect([pending.value, slow.value]).toEqual([false, false])
    await router.push('/guarded')
    expect(pending.value).toBe(false)
    await expect(router.push('/failing')).rejects.toThrow('chunk failed')
    await vi.advanceTimersByTimeAsync(500)
    expect([pending.value, slow.value]).toEqual([false, false])
    scope.stop()
  })

  it('stops listening with its scope', async () => {
    const { router, arrive } = routerWithSlowScreen()
    await router.push('/')
    const scope = effectScope()
    const { pending } = scope.run(() => useNavigationPending(router))!
    scope.stop()
    const going = router.push('/slow')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(pending.value).toBe(false)
    arrive()
    await going
  })
})
