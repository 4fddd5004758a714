import { Locale } from 'vant/es/locale'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from '.'
import { followLocaleInVant } from './vant'

describe('Vant\'s own texts', () => {
  afterEach(() => localStorage.removeItem('kaifangri.locale'))

  it('are Chinese from the start, English once English is chosen, and Chinese again after', async () => {
    followLocaleInVant()
    expect(Locale.messages().confirm).toBe('确认')
    await setLocale('en')
    await vi.waitFor(() => expect(Locale.messages().confirm).toBe('Confirm'))
    await setLocale('zh-CN')
    await vi.waitFor(() => expect(Locale.messages().confirm).toBe('确认'))
  })
})
