import { describe, expect, it } from 'vitest'
import { entityNames } from '../../../../shared/records'
import { translate } from '../../../i18n'
import { changeText, fieldsText } from './changeText'

describe('a queued change in words', () => {
  it('names every kind of record the outbox may hold', () => {
    for (const entity of entityNames)
      expect(changeText(translate, entity, {})).not.toContain('entity.')
    expect(changeText(translate, 'feedback', {})).toBe('意见建议')
  })

  it('says a status in its own kind\'s words, and one it has no words for as stored', () => {
    expect(changeText(translate, 'progress', { status: 'done', note: 'note 1' })).toBe('清单进度 · 已完成 · note 1')
    expect(changeText(translate, 'feedback', { status: 'referred' })).toBe('意见建议 · 已转办')
    expect(changeText(translate, 'event', { status: 'closed' })).toBe('活动 · 已结束')
    expect(changeText(translate, 'faq', { status: 'draft' })).toBe('常见问题 · draft')
  })

  it('names only the fields it has words for', () => {
    expect(fieldsText(translate, ['status', 'unit', 'note'])).toBe('完成情况、备注')
  })
})
