import { afterEach, describe, expect, it } from 'vitest'
import { feedbackSettingsPatchSchema } from '../../shared/records/feedbackSettings'
import { currentLocale } from './'
import { inUiLanguage } from './schemaMessages'

afterEach(() => {
  currentLocale.value = 'zh-CN'
})

const messagesOf = (value: unknown) => feedbackSettingsPatchSchema.safeParse(value, inUiLanguage()).error?.issues.map(issue => issue.message) ?? []

describe('a schema\'s issues as a person reads them', () => {
  it('are in Chinese on a Chinese screen and in English on an English one', () => {
    const tooLong = { topics: ['交通出行', '停'.repeat(51)] }
    expect(messagesOf(tooLong)).toEqual([expect.stringMatching(/^数值过大/)])
    currentLocale.value = 'en'
    expect(messagesOf(tooLong)).toEqual([expect.stringMatching(/^Too big/)])
  })

  it('leave the words a schema gives itself as they are', () => {
    expect(messagesOf({ topics: [] })).toEqual(['至少保留一个主题'])
  })
})
