// Which unit's staff handle an item, in one place: the device's reads (the inbox, its first rows,
// 首页's overdue items) and the screens' rights to answer must agree on it.
import type { FeedbackRecord } from '../records/feedback'

/** The unit recorded the item, or the item was referred to it: the unit's staff handle it. */
export function involvesUnit(item: Pick<FeedbackRecord, 'unit' | 'referredTo'>, unit: string): boolean {
  return item.unit === unit || item.referredTo === unit
}
