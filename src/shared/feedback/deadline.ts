// Reply deadlines in working days. The deadline is stored on the item when it is recorded,
// so later calendar corrections do not move promises already made (edit replyDue to do so).
import type { FeedbackRecord } from '../records/feedback'
import { isAnswered } from './handling'
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../calendar'

export function replyDueDate(receivedOn: string, workingDays: number, calendar: WorkCalendar): string {
  return addWorkingDays(receivedOn, workingDays, calendar)
}

type Deadlined = Pick<FeedbackRecord, 'status' | 'replyDue'>

/** Not yet answered and past its due day. Flagged on 首页. */
export function isOverdue(item: Deadlined, today: string): boolean {
  return !isAnswered(item.status) && today > item.replyDue
}

/** Working days left until the due day (0 on the day itself), negative once overdue; null when answered. */
export function workingDaysLeft(item: Deadlined, today: string, calendar: WorkCalendar): number | null {
  return isAnswered(item.status) ? null : workingDaysBetween(today, item.replyDue, calendar)
}

/** Answered, but after the due day: for the timeliness figures of reports. */
export function answeredLate(item: Pick<FeedbackRecord, 'repliedOn' | 'replyDue'>): boolean {
  return item.repliedOn != null && item.repliedOn > item.replyDue
}
