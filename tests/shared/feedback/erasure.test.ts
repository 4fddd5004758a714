import { describe, expect, it } from 'vitest'
import { contactErasureDueAt, dueForContactErasure, erasedContactPatch } from '../../../src/shared/feedback/erasure'
import { feedbackPatchSchema, feedbackRecordSchema } from '../../../src/shared/records/feedback'
import { feedback, withContact } from './fixtures'

const day = 86_400_000
const closed = feedback({ ...withContact, status: 'published', reply: '已答复', repliedOn: '2025-06-05', closedAt: 1000 })

describe('contact erasure', () => {
  it('falls due the set number of days after the item is closed', () => {
    expect(contactErasureDueAt(closed, 180)).toBe(1000 + 180 * day)
    expect(contactErasureDueAt(closed, 30)).toBe(1000 + 30 * day)
  })

  it('is not due while the item is open, without contact details, or once done', () => {
    expect(contactErasureDueAt(feedback(withContact), 180)).toBeNull()
    expect(contactErasureDueAt({ ...closed, ...erasedContactPatch(closed, 5) }, 180)).toBeNull()
    const withoutContact = { ...closed, consent: false, name: null, phone: null, nameMasked: null, phoneMasked: null }
    expect(contactErasureDueAt(withoutContact, 180)).toBeNull()
  })

  it('picks the items due at a moment', () => {
    const later = { ...closed, id: 'later', closedAt: 1000 + day }
    expect(dueForContactErasure([closed, later, feedback(withContact)], 1000 + 180 * day, 180)).toEqual([closed])
  })

  it('is a whole contact-group patch that leaves a valid record saying when it happened', () => {
    const patch = erasedContactPatch(closed, 99)
    expect(patch).toEqual({ consent: true, name: null, phone: null, nameMasked: null, phoneMasked: null, contactErasedAt: 99 })
    expect(feedbackPatchSchema.safeParse(patch).success).toBe(true)
    expect(feedbackRecordSchema.safeParse({ ...closed, ...patch }).success).toBe(true)
  })
})
