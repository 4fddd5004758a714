import { describe, expect, it } from 'vitest'
import { newFeedbackRecord } from '../../../src/shared/feedback/create'
import { uuidv7 } from '../../../src/shared/ids'
import { feedbackSettingsDefaults } from '../../../src/shared/records/feedbackSettings'
import { t0 } from './fixtures'

const recording = { id: uuidv7(t0), unit: '区生态环境局', by: 'staff1', now: t0, settings: feedbackSettingsDefaults }

describe('new feedback record', () => {
  it('is received today in Shanghai, registered, due in 15 working days', () => {
    const result = newFeedbackRecord({ content: '希望多举办开放活动', topic: '活动组织', respondentType: 'citizen' }, recording)
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject({ receivedOn: '2025-06-03', replyDue: '2025-06-24', status: 'registered', consent: false, unit: '区生态环境局' })
  })

  it('takes an earlier day received and the configured deadline and holidays', () => {
    const settings = { ...feedbackSettingsDefaults, replyWorkingDays: 3, extraHolidays: ['2025-06-04'], extraWorkdays: [] }
    const result = newFeedbackRecord({ content: '卡片意见', topic: '其他', respondentType: 'other', receivedOn: '2025-06-03' }, { ...recording, settings })
    expect(result.data?.replyDue).toBe('2025-06-09')
  })

  it('keeps consented contact details with their masks', () => {
    const result = newFeedbackRecord({ content: '请回电', topic: '其他', respondentType: 'business', consent: true, name: '王五', phone: '139-0000-1111' }, recording)
    expect(result.data).toMatchObject({ name: '王五', phone: '13900001111', nameMasked: '王*', phoneMasked: '139****1111' })
  })

  it('names each bad field instead of saving', () => {
    const result = newFeedbackRecord({ content: '', topic: '其他', respondentType: 'citizen', rating: 9, consent: true, phone: '123' }, recording)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map(i => i.path.join('.')).sort()).toEqual(['content', 'phone', 'rating'])
  })

  it('reports an impossible day received rather than computing from it', () => {
    const result = newFeedbackRecord({ content: '意见', topic: '其他', respondentType: 'citizen', receivedOn: '6月3日' }, recording)
    expect(result.error?.issues.map(i => i.path.join('.'))).toEqual(['receivedOn', 'replyDue'])
  })
})
