import { describe, expect, it } from 'vitest'
import { isMessageKey, loadLaterMessages, loadLocale, missingKeys, translate } from './'

describe('locales', () => {
  it('has every message in both Chinese and English', async () => {
    expect(await missingKeys()).toEqual({ 'zh-CN': [], 'en': [] })
  })

  it('fills parameters', async () => {
    await loadLocale('en')
    expect(translate('home.tasksDone', { done: 2, total: 5 }, 'zh-CN')).toBe('已完成 2 / 5 项任务')
    expect(translate('home.tasksDone', { done: 2, total: 5 }, 'en')).toBe('2 of 5 tasks done')
  })

  it('tells a key built from data that names a message from one that does not', async () => {
    await loadLaterMessages()
    expect(isMessageKey('feedback.topicNames.政务服务')).toBe(true)
    expect(isMessageKey('feedback.topicNames.停车难')).toBe(false)
    // A branch holds messages but is none itself.
    expect(isMessageKey('feedback.topicNames')).toBe(false)
    expect(isMessageKey('sync.field.status')).toBe(true)
  })
})
