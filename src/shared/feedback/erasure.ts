// Contact details are erased a set time after the item is closed (default 180 days). The
// erasure is an ordinary patch, so it syncs, is kept in history as a change, and shows who did it.
import type { FeedbackRecord } from '../records/feedback'
import { type ContactPatch, hasContact } from './contact'

const dayMs = 86_400_000

type Erasable = Pick<FeedbackRecord, 'closedAt' | 'nameMasked' | 'phoneMasked' | 'contactErasedAt'>

/** When the contact details must go; null while the item is open or when there is nothing to erase. */
export function contactErasureDueAt(item: Erasable, retentionDays: number): number | null {
  if (item.closedAt == null || item.contactErasedAt != null || !hasContact(item))
    return null
  return item.closedAt + retentionDays * dayMs
}

export function dueForContactErasure<T extends Erasable>(items: readonly T[], now: number, retentionDays: number): T[] {
  return items.filter((item) => {
    const due = contactErasureDueAt(item, retentionDays)
    return due !== null && due <= now
  })
}

/** The patch that erases; consent stays as given, as a record that it was. */
export function erasedContactPatch(item: Pick<FeedbackRecord, 'consent'>, now: number): ContactPatch {
  return { consent: item.consent, name: null, phone: null, nameMasked: null, phoneMasked: null, contactErasedAt: now }
}
