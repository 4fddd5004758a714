// What 首页 and the 意见 tab flag: unanswered items whose reply day is past or near.
import type { FeedbackRecord } from '../records/feedback'
import { addDays, addWorkingDays, type WorkCalendar } from '../calendar'
import { workingDaysLeft } from './deadline'

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

/** Unanswered items due within `withinDays` working days or overdue, the most pressing first. */
export function repliesDue<T extends Pick<FeedbackRecord, 'status' | 'replyDue'>>(items: readonly T[], today: string, calendar: WorkCalendar, withinDays = replySoonWorkingDays): Array<ReplyDue<T>> {
  const due: Array<ReplyDue<T>> = []
  for (const item of items) {
    const daysLeft = workingDaysLeft(item, today, calendar)
    if (daysLeft !== null && daysLeft <= withinDays)
      due.push({ item, daysLeft })
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || a.item.replyDue.localeCompare(b.item.replyDue))
}
