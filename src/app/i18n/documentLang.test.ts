import { afterEach, describe, expect, it, vi } from 'vitest'

describe('the page language', () => {
  afterEach(() => {
    localStorage.removeItem('kaifangri.locale')
    document.documentElement.setAttribute('lang', 'zh-CN')
  })

  it('follows the language saved on the device from the start, so English text gets Latin quotes and apostrophes', async () => {
    localStorage.setItem('kaifangri.locale', 'en')
    vi.resetModules()
    const i18n = await import('./index')
    expect(i18n.savedLocale).toBe('en')
    expect(document.documentElement.getAttribute('lang')).toBe('en')
  })

  it('stays Chinese on a device that saved nothing', async () => {
    document.documentElement.setAttribute('lang', 'en')
    vi.resetModules()
    await import('./index')
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN')
  })
})
