import { describe, expect, it, vi } from 'vitest'

describe('later messages', () => {
  it('loads a screen\'s own namespaces without the others, and the rest when asked for all', async () => {
    // A fresh catalog: the app tests' setup has already loaded every namespace into the shared one.
    vi.resetModules()
    const { isMessageKey, loadLaterMessages, translate } = await import('./index')
    expect(isMessageKey('event.title')).toBe(false)
    await loadLaterMessages(['event'])
    expect(translate('event.title')).toBe('活动')
    expect(isMessageKey('feedback.title')).toBe(false)
    await loadLaterMessages()
    expect(translate('feedback.title')).toBe('意见建议')
  })
})
