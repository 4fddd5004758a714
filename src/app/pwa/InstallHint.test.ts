import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import InstallHint from './InstallHint.vue'

const agents = {
  iosSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iosWeChat: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
}

async function openOn(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent)
  const screen = { template: '<main />' }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: screen }, { path: '/plans', component: screen }] })
  await router.push('/')
  const wrapper = mount(InstallHint, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const sheetShown = () => vi.waitFor(() => expect(document.body.querySelector('.install-hint')).not.toBeNull(), { timeout: 10_000 })

describe('when the install hint shows', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    localStorage.clear()
    sessionStorage.clear()
  })

  it('offers installation only once the user has gone on from the first screen, not over it', async () => {
    const { wrapper, router } = await openOn(agents.iosSafari)
    // The sheet's code is loaded, so it would be up by now if it were to show over the first screen.
    await import('./InstallHintSheet.vue')
    await new Promise(resolve => setTimeout(resolve, 300))
    await flushPromises()
    expect(document.body.querySelector('.install-hint')).toBeNull()
    await router.push('/plans')
    await sheetShown()
    wrapper.unmount()
  })

  it('warns at once in an in-app browser, which may drop what is recorded in it', async () => {
    const { wrapper } = await openOn(agents.iosWeChat)
    await sheetShown()
    expect(document.body.querySelector('.install-hint')!.textContent).toContain('微信')
    wrapper.unmount()
  })
})
