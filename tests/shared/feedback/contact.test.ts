import { describe, expect, it } from 'vitest'
import { contactPatch, hasContact, redactFeedback, seesFullContact, visibleContact } from '../../../src/shared/feedback/contact'
import { maskName, maskPhone, normalizePhone, phonePattern } from '../../../src/shared/feedback/mask'
import { feedbackRecordSchema } from '../../../src/shared/records/feedback'
import { feedback, withContact } from './fixtures'

const coordinator = { role: 'coordinator', unit: '区政府办公室' } as const
const recorder = { role: 'staff', unit: '区生态环境局' } as const
const otherUnit = { role: 'staff', unit: '区建管委' } as const

describe('masks', () => {
  it('show the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('02112345678')).toBe('021****5678')
    expect(maskPhone('0571123456')).toBe('057***3456')
  })

  it('show only the family name', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName(' 欧阳娜娜 ')).toBe('欧***')
    expect(maskName('𠀋一')).toBe('𠀋*')
  })

  it('make typed numbers canonical', () => {
    expect(normalizePhone('138 1234 1234')).toBe('13812341234')
    expect(normalizePhone('+86 138-1234-1234')).toBe('13812341234')
    expect(normalizePhone('(021) 1234-5678')).toBe('02112345678')
    expect(phonePattern.test('02112345678')).toBe(true)
    expect(phonePattern.test('12812341234')).toBe(false)
    expect(phonePattern.test('1381234123')).toBe(false)
  })
})

describe('who sees contact details', () => {
  const item = feedback(withContact)

  it('coordinators and the recording unit see them in full', () => {
    expect(visibleContact(item, coordinator)).toEqual({ name: '张三', phone: '13812341234', masked: false, erased: false })
    expect(visibleContact(item, recorder)).toEqual({ name: '张三', phone: '13812341234', masked: false, erased: false })
    expect(seesFullContact(item, recorder)).toBe(true)
  })

  it('everyone else, the unit it was referred to included, sees them masked', () => {
    const referred = { ...item, referredTo: '区建管委' }
    expect(visibleContact(referred, otherUnit)).toEqual({ name: '张*', phone: '138****1234', masked: true, erased: false })
    expect(seesFullContact(referred, otherUnit)).toBe(false)
  })

  it('the server strips the full values from what other units receive, and the result is still a valid record', () => {
    const redacted = redactFeedback(item, otherUnit)
    expect(redacted).toMatchObject({ name: null, phone: null, nameMasked: '张*', phoneMasked: '138****1234' })
    expect(feedbackRecordSchema.safeParse(redacted).success).toBe(true)
    expect(visibleContact(redacted, otherUnit)).toEqual({ name: '张*', phone: '138****1234', masked: true, erased: false })
    expect(redactFeedback(item, coordinator)).toBe(item)
  })

  it('a redacted copy shows masks even to a viewer who could see more', () => {
    expect(visibleContact(redactFeedback(item, otherUnit), recorder).masked).toBe(true)
  })

  it('nothing shows without contact details, and erasure is reported', () => {
    expect(visibleContact(feedback(), otherUnit)).toEqual({ name: null, phone: null, masked: false, erased: false })
    expect(visibleContact(feedback({ consent: true, contactErasedAt: 5 }), coordinator)).toEqual({ name: null, phone: null, masked: false, erased: true })
    expect(hasContact(feedback())).toBe(false)
    expect(hasContact(redactFeedback(item, otherUnit))).toBe(true)
  })
})

describe('contact patch', () => {
  it('derives masks and normalises the phone', () => {
    expect(contactPatch({ consent: true, name: ' 张三 ', phone: '138 1234 1234' })).toEqual({ ...withContact, contactErasedAt: null })
  })

  it('keeps details typed without consent so validation names them rather than dropping them unseen', () => {
    const patch = contactPatch({ consent: false, phone: '13812341234' })
    expect(patch.phone).toBe('13812341234')
    const result = feedbackRecordSchema.safeParse(feedback(patch))
    expect(result.error?.issues.map(i => i.path.join('.'))).toEqual(['phone', 'phoneMasked'])
  })

  it('is empty without details', () => {
    expect(contactPatch({ consent: false })).toEqual({ consent: false, name: null, phone: null, nameMasked: null, phoneMasked: null, contactErasedAt: null })
  })
})
