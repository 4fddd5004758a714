// What 首页 and the 意见 tab flag: unanswered items whose reply day is past or near.
import type { FeedbackRecord } from '../records/feedback'
import { addDays, addWorkingDays, type WorkCalendar } from '../calendar'
import { workingDaysLeft } from './deadline'
import { compareCodeUnits } from '../order'

/** Items with this many working days left or fewer count as due soon. */
export const replySoonWorkingDays = 3

export interface ReplyDue<T> {
  item: T
  /** Working days left: 0 on the due day, negative once overdue. */
  daysLeft: number
}

/** The first day whose items are no longer due soon: read items with `replyDue` below it. */
export function replyDueHorizon(today: string, calendar: WorkCalendar, withinDays = replySoonWorkingDays): string {
  return addDays(addWorkingDays(today, withinDays, calendar), 1)
}

/**
 * Unanswered items due within `withinDays` working days or overdue, the most pressing first. The
 * 意见 tab's badge counts every open item of a unit with it, thousands on a busy phone: the working
 * days are counted once per due day, not per item, and due days (ISO dates) compare as code units,
 * not through the locale's collation.
 */
export function repliesDue<T extends Pick<FeedbackRecord, 'status' | 'replyDue'>>(items: readonly T[], today: string, calendar: WorkCalendar, withinDays = replySoonWorkingDays): Array<ReplyDue<T>> {
  const due: Array<ReplyDue<T>> = []
  const daysLeftByDueDay = new Map<string, number | null>()
  for (const item of items) {
    const counted = `${item.status} ${item.replyDue}`
    let daysLeft = daysLeftByDueDay.get(counted)
    if (daysLeft === undefined) {
      daysLeft = workingDaysLeft(item, today, calendar)
      daysLeftByDueDay.set(counted, daysLeft)
    }
    if (daysLeft !== null && daysLeft <= withinDays)
      due.push({ item, daysLeft })
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || compareCodeUnits(a.item.replyDue, b.item.replyDue))
}
