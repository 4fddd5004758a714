import { describe, expect, it } from 'vitest'
import { feedbackPatchSchema, feedbackRecordSchema } from '../../../src/shared/records/feedback'
import { feedbackSettingsDefaults, feedbackSettingsPatchSchema, feedbackSettingsRecordSchema } from '../../../src/shared/records/feedbackSettings'
import { feedback, messagesOf, pathsOf, withContact } from './fixtures'

const replied = { status: 'replied', reply: '已增加开放场次', repliedOn: '2025-06-10' } as const

describe('feedback record', () => {
  it('accepts a plain registered item and one with consented contact details', () => {
    expect(feedbackRecordSchema.safeParse(feedback()).success).toBe(true)
    expect(feedbackRecordSchema.safeParse(feedback(withContact)).success).toBe(true)
  })

  it('rejects blank content and an unknown respondent type, naming the fields', () => {
    const result = feedbackRecordSchema.safeParse({ ...feedback({ content: '   ' }), respondentType: 'tourist' })
    expect(pathsOf(result).sort()).toEqual(['content', 'respondentType'])
  })

  it('rejects ids not made on the device and ratings outside 1-5', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ id: 'f1' })))).toEqual(['id'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ rating: 6 })))).toEqual(['rating'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ rating: 0 })))).toEqual(['rating'])
  })

  it('keeps no name or phone without consent', () => {
    const result = feedbackRecordSchema.safeParse(feedback({ ...withContact, consent: false }))
    expect(pathsOf(result).sort()).toEqual(['name', 'nameMasked', 'phone', 'phoneMasked'])
    expect(messagesOf(result)[0]).toMatch(/consent/)
  })

  it('needs a name or phone once consent is ticked', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ consent: true })))).toEqual(['consent'])
  })

  it('checks phone numbers and that masks match them', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...withContact, phone: '1381234123' })))).toContain('phone')
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...withContact, phoneMasked: '138****9999' })))).toEqual(['phoneMasked'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...withContact, nameMasked: '李*' })))).toEqual(['nameMasked'])
    expect(feedbackRecordSchema.safeParse(feedback({ ...withContact, phone: '02112345678', phoneMasked: '021****5678' })).success).toBe(true)
  })

  it('accepts the redacted copy another unit receives: masks without the full values', () => {
    expect(feedbackRecordSchema.safeParse(feedback({ ...withContact, name: null, phone: null })).success).toBe(true)
  })

  it('holds nothing of the contact once erased', () => {
    expect(feedbackRecordSchema.safeParse(feedback({ consent: true, contactErasedAt: 1 })).success).toBe(true)
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...withContact, contactErasedAt: 1 }))).sort())
      .toEqual(['name', 'nameMasked', 'phone', 'phoneMasked'])
  })

  it('requires what each handling status needs and nothing it must not have', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ status: 'referred' }))).sort()).toEqual(['referredAt', 'referredTo'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ status: 'replied' }))).sort()).toEqual(['repliedOn', 'reply'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...replied, status: 'withheld', closedAt: 5 })))).toEqual(['withheldReason'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ reply: '好' })))).toEqual(['reply'])
    expect(messagesOf(feedbackRecordSchema.safeParse(feedback({ ...replied, status: 'published' })))).toEqual(['状态 published 须有 closedAt'])
    expect(feedbackRecordSchema.safeParse(feedback({ ...replied, status: 'published', closedAt: 5 })).success).toBe(true)
  })

  it('sets referredTo and referredAt together', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ ...replied, referredTo: '区建管委' })))).toEqual(['referredAt'])
  })

  it('rejects a deadline before the day received and dates that do not exist', () => {
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ replyDue: '2025-06-01' })))).toEqual(['replyDue'])
    expect(pathsOf(feedbackRecordSchema.safeParse(feedback({ receivedOn: '2025-02-30' })))).toEqual(['receivedOn'])
  })
})

describe('feedback patch', () => {
  it('carries single fields on their own', () => {
    expect(feedbackPatchSchema.safeParse({ topic: '交通出行' }).success).toBe(true)
    expect(feedbackPatchSchema.safeParse({ adoption: 'partial' }).success).toBe(true)
  })

  it('refuses a handling change without the rest of its group, naming the missing fields', () => {
    const result = feedbackPatchSchema.safeParse({ status: 'referred', referredTo: '区建管委', referredAt: 5 })
    expect(pathsOf(result).sort()).toEqual(['closedAt', 'repliedOn', 'reply', 'withheldReason'])
    expect(messagesOf(result)[0]).toMatch(/一起修改/)
  })

  it('accepts a whole handling group and checks it like a record', () => {
    const group = { status: 'referred', referredTo: '区建管委', referredAt: 5, reply: null, repliedOn: null, withheldReason: null, closedAt: null }
    expect(feedbackPatchSchema.safeParse(group).success).toBe(true)
    expect(pathsOf(feedbackPatchSchema.safeParse({ ...group, referredTo: null }))).toContain('referredTo')
  })

  it('refuses contact fields without the rest of the contact group', () => {
    expect(pathsOf(feedbackPatchSchema.safeParse({ phone: '13812341234' })).sort()).toEqual(['consent', 'contactErasedAt', 'name', 'nameMasked', 'phoneMasked'])
  })

  it('refuses fields that never change and fields it does not know', () => {
    expect(feedbackPatchSchema.safeParse({ unit: '别的单位' }).success).toBe(false)
    expect(feedbackPatchSchema.safeParse({ colour: 'red' }).success).toBe(false)
  })
})

describe('feedback settings', () => {
  it('has valid defaults: 15 working days to reply, contact kept 180 days after closing', () => {
    expect(feedbackSettingsRecordSchema.parse(feedbackSettingsDefaults)).toMatchObject({ replyWorkingDays: 15, contactRetentionDays: 180 })
  })

  it('refuses a day that is both an extra holiday and an extra working day', () => {
    const result = feedbackSettingsRecordSchema.safeParse({ ...feedbackSettingsDefaults, extraHolidays: ['2025-12-31'], extraWorkdays: ['2025-12-31'] })
    expect(pathsOf(result)).toEqual(['extraHolidays.0'])
  })

  it('refuses duplicate and empty topics and an empty topic list', () => {
    expect(pathsOf(feedbackSettingsRecordSchema.safeParse({ ...feedbackSettingsDefaults, topics: ['其他', '其他'] }))).toEqual(['topics.1'])
    expect(pathsOf(feedbackSettingsRecordSchema.safeParse({ ...feedbackSettingsDefaults, topics: [] }))).toEqual(['topics'])
    expect(pathsOf(feedbackSettingsRecordSchema.safeParse({ ...feedbackSettingsDefaults, topics: [' '] }))).toEqual(['topics.0'])
  })

  it('patches the calendar lists together', () => {
    expect(pathsOf(feedbackSettingsPatchSchema.safeParse({ extraHolidays: ['2027-01-01'] }))).toEqual(['extraWorkdays'])
    expect(feedbackSettingsPatchSchema.safeParse({ extraHolidays: ['2027-01-01'], extraWorkdays: [] }).success).toBe(true)
    expect(feedbackSettingsPatchSchema.safeParse({ replyWorkingDays: 20 }).success).toBe(true)
    expect(feedbackSettingsPatchSchema.safeParse({ replyWorkingDays: 0 }).success).toBe(false)
  })
})
