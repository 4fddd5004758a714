import { afterAll, describe, expect, it } from 'vitest'
import { setLocale } from '../../../i18n'
import { topicLabel } from './topicLabel'

describe('topic labels', () => {
  afterAll(() => setLocale('zh-CN'))

  it('show the default topics in English and coordinators\' own topics as written', async () => {
    expect(topicLabel('交通出行')).toBe('交通出行')
    await setLocale('en')
    expect(topicLabel('交通出行')).toBe('Transport')
    expect(topicLabel('其他')).toBe('Other')
    expect(topicLabel('河道整治')).toBe('河道整治')
  })
})
