// What of a feedback item leaves the server for whom: the full name and phone only for
// coordinators and the recording unit, in pulls and in the history of lost values alike. The
// photo goes with them: a handwritten card shows the very name and number the mask hides.
import type { Actor, RecordData } from '../sync/access'
import { redactFeedback, seesFullContact } from '../../shared/feedback'
import { maskPhonesIn } from '../../shared/feedback/mask'
import type { FeedbackRecord } from '../../shared/records/feedback'

/** The contact values themselves; consent and the erasure time say nothing about the person. */
export const contactValueFields = ['name', 'phone', 'nameMasked', 'phoneMasked'] as const
// The event is the recording unit's own: a referred unit needs the matter, not where it was heard.
const withheldFields = new Set(['name', 'phone', 'photo', 'eventId'])

// Numbers a visitor wrote into the text itself are contact details too.
const maskedTextFields = new Set(['content'])

export function feedbackViewFor(data: RecordData, viewer: Actor): RecordData {
  const redacted = redactFeedback(data as FeedbackRecord, viewer)
  if (redacted === data)
    return data
  const content = typeof redacted.content === 'string' ? maskPhonesIn(redacted.content) : redacted.content
  return { ...redacted, content, photo: null, eventId: null }
}

export function feedbackPhotosVisibleTo(data: RecordData, viewer: Actor): boolean {
  return seesFullContact(data as FeedbackRecord, viewer)
}

/** Null hides the history entry from this viewer altogether. */
export function feedbackHistoryValueFor(field: string, value: unknown, record: RecordData, viewer: Actor): { value: unknown } | null {
  if (seesFullContact(record as FeedbackRecord, viewer))
    return { value }
  if (withheldFields.has(field))
    return null
  return { value: maskedTextFields.has(field) && typeof value === 'string' ? maskPhonesIn(value) : value }
}

/** Once erased, contact values that lost a conflict are not kept either. */
export function feedbackUnkeptHistory(record: RecordData): readonly string[] {
  return record.contactErasedAt != null ? contactValueFields : []
}
