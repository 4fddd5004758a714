import { beforeAll, describe, expect, it } from 'vitest'
import { checklistItemText, templateNameText, topicText } from './builtInLabels'
import { loadLocale } from '../../../i18n'
import { standardEventTemplate } from '../../../../shared/events/checklist'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettings'

describe('built-in data in English', () => {
  beforeAll(() => loadLocale('en'))

  it('translates the standard template, its items and the default topics while they are still as built in', () => {
    expect(templateNameText(standardEventTemplate, 'en')).toBe('Standard open day checklist')
    for (const item of standardEventTemplate.items)
      expect(checklistItemText({ id: `event-1#${item.id}`, text: item.text }, 'en')).not.toMatch(/[\u4E00-\u9FFF]/)
    for (const topic of feedbackSettingsDefaults.topics)
      expect(topicText(topic, 'en')).not.toMatch(/[\u4E00-\u9FFF]/)
  })

  it('shows what a coordinator wrote as written, and everything as stored in Chinese', () => {
    expect(checklistItemText({ id: 'event-1#plan', text: '制定详细方案（已改）' }, 'en')).toBe('制定详细方案（已改）')
    expect(checklistItemText({ id: '01a2-device-item', text: '另加的事项' }, 'en')).toBe('另加的事项')
    expect(topicText('自拟主题', 'en')).toBe('自拟主题')
    expect(checklistItemText({ id: 'event-1#plan', text: '制定活动方案' }, 'zh-CN')).toBe('制定活动方案')
  })
})
