import type { FeedbackRecord } from '../records/feedback'

/**
 * The number people quote on the phone or in a letter: the day it was heard and six characters
 * of its id (20250604-3F9A1C). The full id stays in the last column for matching by machine.
 */
export function feedbackNumber(item: Pick<FeedbackRecord, 'id' | 'receivedOn'>): string {
  return `${item.receivedOn.replace(/-/g, '')}-${item.id.replace(/-/g, '').slice(-6).toUpperCase()}`
}
