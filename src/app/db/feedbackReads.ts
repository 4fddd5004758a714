// Reads of public feedback, kept current by live queries. Apart from the writes because 首页
// shows the overdue items: it should not load the record schemas (zod) the writes validate with.
import type { FeedbackRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'

/**
 * Items a unit's staff handle: recorded by the unit or referred to it. Coordinators (unit
 * null) read every item on the device.
 */
export function observeFeedback(unit: string | null): LiveRead<FeedbackRow[]> {
  return live(async () => {
    if (!unit)
      return db.feedback.toArray()
    const [own, referred] = await Promise.all([
      db.feedback.where('unit').equals(unit).toArray(),
      db.feedback.where('referredTo').equals(unit).toArray(),
    ])
    const ids = new Set(own.map(row => row.id))
    return [...own, ...referred.filter(row => !ids.has(row.id))]
  })
}

/**
 * Unanswered items past their reply day, read through the deadline index only (首页 shows them
 * without loading the whole inbox). `today` is YYYY-MM-DD in Shanghai.
 */
export function observeOverdueFeedback(unit: string | null, today: string): LiveRead<FeedbackRow[]> {
  const open = new Set<FeedbackRow['status']>(['registered', 'referred'])
  return live(() => db.feedback.where('replyDue').below(today)
    .filter(row => open.has(row.status) && (unit === null || row.unit === unit || row.referredTo === unit))
    .toArray())
}

export function observeFeedbackItem(id: string): LiveRead<FeedbackRow | null> {
  return live(async () => (await db.feedback.get(id)) ?? null)
}
