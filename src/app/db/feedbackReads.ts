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

const openStatuses: Array<FeedbackRow['status']> = ['registered', 'referred']

// Through the [status+replyDue] index: neither answered items (most of a year's) nor open ones due
// later are touched, and a live query notes only this range. Reply days are YYYY-MM-DD: '' is below every one.
const openDueBefore = (status: FeedbackRow['status'], day: string) => db.feedback.where('[status+replyDue]').between([status, ''], [status, day])

/**
 * How many unanswered items a unit handles (every unit's: null) are due before `day`, counted by
 * the index without copying them out of IndexedDB: reading 12,000 overdue items whole, to show a
 * number, gave 首页 long tasks of 0.3–0.8 s at 4× CPU after its paint. A staff phone holds its unit's items and those
 * referred to it; any other unit's (an item of ours referred elsewhere, until the server withdraws
 * it) are read to be taken off, few where the server sends no others.
 */
async function countOpenDueBefore(unit: string | null, day: string): Promise<number> {
  const counts = await Promise.all(openStatuses.map(status => openDueBefore(status, day).count()))
  const total = counts.reduce((sum, n) => sum + n, 0)
  if (unit === null || total === 0)
    return total
  const notMine = await db.feedback.where('unit').notEqual(unit)
    .filter(row => row.referredTo !== unit && openStatuses.includes(row.status) && row.replyDue < day)
    .count()
  return total - notMine
}

/** What 首页 shows of the replies due: how many, and the first `first` in reply-day order, read alone. */
export interface OpenDue {
  count: number
  first: FeedbackRow[]
}

/**
 * The unanswered items a unit handles (every unit's: null) whose reply day is before `day`
 * (YYYY-MM-DD in Shanghai): their number and the first `first` of them in reply-day order.
 */
export function observeOpenDue(unit: string | null, day: string, first: number): LiveRead<OpenDue> {
  const involves = (row: FeedbackRow) => unit === null || involvesUnit(row, unit)
  return live(async () => {
    const [count, firsts] = await Promise.all([
      countOpenDueBefore(unit, day),
      Promise.all(openStatuses.map(status => openDueBefore(status, day).filter(involves).limit(first).toArray())),
    ])
    const rows = firsts.flat()
      .sort((a, b) => compareCodeUnits(a.replyDue, b.replyDue) || compareCodeUnits(a.id, b.id))
      .slice(0, first)
    return { count, first: rows }
  })
}

/** How many unanswered items a unit handles (every unit's: null) are due before `day`. */
export function observeOpenDueCount(unit: string | null, day: string): LiveRead<number> {
  return live(() => countOpenDueBefore(unit, day))
}

export function observeFeedbackItem(id: string): LiveRead<FeedbackRow | null> {
  return live(async () => (await db.feedback.get(id)) ?? null)
}
