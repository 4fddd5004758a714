// Overdue and due soon, decided in one place for every screen: against today in Shanghai, for
// tasks not yet finished, and never for an archived year's plan, whose figures are history.
import { isDueWithin, isOverdue } from '../../calendar'

/** Days ahead that count as "due soon" on 首页, 计划 and 总览. */
export const dueSoonDays = 30

export interface AlarmClock {
  /** YYYY-MM-DD in Shanghai. */
  today: string
  /** Whether the plan's year is archived (past and not reopened): its tasks raise no alarm. */
  archived: (planId: string) => boolean
}

export type Alarm = 'overdue' | 'dueSoon' | null

/** What of a unit's progress on a task decides its alarm (TaskProgress). */
export interface OpenWork {
  /** 0..1, null when there is nothing to tick. */
  share: number | null
  /** The earliest deadline of what is not finished: an item may be due before its task. */
  openDue: string | null
}

/** The alarm of an unfinished deadline: overdue once it has passed, due soon when it is near. */
export function alarmOfDue(due: string | null, today: string): Alarm {
  if (isOverdue(due, today))
    return 'overdue'
  return isDueWithin(due, today, dueSoonDays) ? 'dueSoon' : null
}

/** A task's alarm from the earliest deadline of what is unfinished (alarmOfDue). */
export function alarmOf(task: { planId: string }, open: OpenWork, clock: AlarmClock): Alarm {
  if (open.share === null || open.share >= 1 || clock.archived(task.planId))
    return null
  return alarmOfDue(open.openDue, clock.today)
}

/**
 * The deadline a task's row shows and is sorted by: while it raises an alarm, the one the alarm
 * counts from (an item's may come before the task's); otherwise the task's own.
 */
export function shownDueOf(task: { due: string | null }, progress: { alarm?: Alarm, openDue: string | null } | undefined): string | null {
  return (progress?.alarm ? progress.openDue : null) ?? task.due
}

/** No alarms at all: for figures that are history, or tests that only count progress. */
export const quietClock: AlarmClock = { today: '0000-01-01', archived: () => true }

/** The one rounding of a share to the whole percent every screen shows. */
export function percentOf(share: number): number {
  return Math.round(share * 100)
}
