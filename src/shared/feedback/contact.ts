// Who sees a respondent's name and phone: coordinators and the recording unit in full,
// everyone else masked (138****1234). The server strips the full values before a record
// leaves it for anyone else (redactFeedback), so a masked copy is all another unit's phone ever holds.
import type { Role } from '../api/auth'
import type { FeedbackRecord } from '../records/feedback'
import { maskName, maskPhone, normalizePhone } from './mask'

export interface Viewer {
  role: Role
  unit: string
}

type ContactField = 'consent' | 'name' | 'phone' | 'nameMasked' | 'phoneMasked' | 'contactErasedAt'
export type ContactPatch = Pick<FeedbackRecord, ContactField>

export function seesFullContact(item: Pick<FeedbackRecord, 'unit'>, viewer: Viewer): boolean {
  return viewer.role === 'coordinator' || viewer.unit === item.unit
}

export interface VisibleContact {
  name: string | null
  phone: string | null
  masked: boolean
  erased: boolean
}

export function visibleContact(item: Pick<FeedbackRecord, ContactField | 'unit'>, viewer: Viewer): VisibleContact {
  const full = seesFullContact(item, viewer) && (item.name != null || item.phone != null)
  return {
    name: full ? item.name : item.nameMasked,
    phone: full ? item.phone : item.phoneMasked,
    masked: !full && (item.nameMasked != null || item.phoneMasked != null),
    erased: item.contactErasedAt != null,
  }
}

/** The record as this viewer may receive it: without the full name and phone unless they may see them. */
export function redactFeedback<T extends Pick<FeedbackRecord, 'name' | 'phone' | 'unit'>>(item: T, viewer: Viewer): T {
  return seesFullContact(item, viewer) ? item : { ...item, name: null, phone: null }
}

/**
 * The contact group from what the form collected, with the masks derived. Details given
 * without consent are kept here so that validation names them instead of dropping them unseen.
 */
export function contactPatch(input: { consent: boolean, name?: string | null, phone?: string | null }): ContactPatch {
  const name = input.name?.trim() || null
  const phone = input.phone?.trim() ? normalizePhone(input.phone) : null
  return {
    consent: input.consent,
    name,
    phone,
    nameMasked: name === null ? null : maskName(name),
    phoneMasked: phone === null ? null : maskPhone(phone),
    contactErasedAt: null,
  }
}

export function hasContact(item: Pick<FeedbackRecord, 'nameMasked' | 'phoneMasked'>): boolean {
  return item.nameMasked != null || item.phoneMasked != null
}
