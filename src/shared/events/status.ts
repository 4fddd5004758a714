import type { EventRecord } from '../records/event'

/** Under way or over: the event took place and counts toward targets. */
export function isHeld(event: Pick<EventRecord, 'status'>): boolean {
  return event.status === 'ongoing' || event.status === 'closed'
}

/** The public questionnaire link works until the event is closed or cancelled. */
export function acceptsPublicResponses(event: Pick<EventRecord, 'status'>): boolean {
  return event.status === 'planned' || event.status === 'ongoing'
}
