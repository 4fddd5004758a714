// Reads of public feedback, kept current by live queries. Apart from the writes because 首页
// shows the overdue items: it should not load the record schemas (zod) the writes validate with.
import type { FeedbackRow } from './schema'
import { involvesUnit } from '../../shared/feedback/involves'
import { compareCodeUnits } from '../../shared/order'
import { db } from './database'
import { live, type LiveRead } from './live'

/**
 * Items a unit's staff handle: recorded by the unit or referred to it. Coordinators (unit
 * null) read every item on the device.
 *
 * Read whole through the primary key and filtered here, not through the unit indexes: a live
 * query through an index notes every row's key to watch (Dexie builds a range tree of 20,000
 * keys, a second on a slow phone), through the primary key only the range. A staff phone holds
 * little else than its unit's items and those referred to it (the server sends no more).
 */
export function observeFeedback(unit: string | null): LiveRead<FeedbackRow[]> {
  return live(async () => {
    const rows = await db.feedback.toArray()
    return unit ? rows.filter(row => involvesUnit(row, unit)) : rows
  })
}

/**
 * Unanswered items whose reply day is before `day` (YYYY-MM-DD in Shanghai), in reply-day order:
 * 首页 and the 意见 badge show them without loading the whole inbox. Read through the
 * [status+replyDue] index, so neither answered items (most of a year's) nor open ones due later
 * are read, and a live query notes only that range of keys.
 */
export function observeOverdueFeedback(unit: string | null, day: string): LiveRead<FeedbackRow[]> {
  const openStatuses: Array<FeedbackRow['status']> = ['registered', 'referred']
  return live(async () => {
    // Reply days are YYYY-MM-DD strings: '' is below every one.
    const open = await Promise.all(openStatuses.map(status => db.feedback.where('[status+replyDue]').between([status, ''], [status, day]).toArray()))
    return open.flat()
      .filter(row => unit === null || involvesUnit(row, unit))
      .sort((a, b) => compareCodeUnits(a.replyDue, b.replyDue) || compareCodeUnits(a.id, b.id))
  })
}

export function observeFeedbackItem(id: string): LiveRead<FeedbackRow | null> {
  return live(async () => (await db.feedback.get(id)) ?? null)
}
