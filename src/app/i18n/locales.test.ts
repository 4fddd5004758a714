import { describe, expect, it } from 'vitest'
import { loadLocale, missingKeys, translate } from './'

describe('locales', () => {
  it('has every message in both Chinese and English', async () => {
    expect(await missingKeys()).toEqual({ 'zh-CN': [], 'en': [] })
  })

  it('fills parameters', async () => {
    await loadLocale('en')
    expect(translate('home.tasksDone', { done: 2, total: 5 }, 'zh-CN')).toBe('已完成 2 / 5 项任务')
    expect(translate('home.tasksDone', { done: 2, total: 5 }, 'en')).toBe('2 of 5 tasks done')
  })
})
