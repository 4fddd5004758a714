// The first rows of the feedback inbox, read through the indexes that give its order, for the
// moment the whole inbox is still being read: 20,000 items take a second and more to come out of
// IndexedDB on a slow phone, the ~15 rows on screen a few milliseconds. Apart from feedbackReads.ts
// so 首页, which imports that, does not load the inbox's ordering with it.
import type { FeedbackRow } from './schema'
import { sortFeedback } from '../../shared/feedback/filter'
import { isAnswered } from '../../shared/feedback/handling'
import { involvesUnit } from '../../shared/feedback/involves'
import { db } from './database'
import { live, type LiveRead } from './live'

type InIndexOrder = () => ReturnType<typeof db.feedback.orderBy>

/**
 * The first `count` rows in index order that `match`, plus any further rows sharing the last one's
 * key: the inbox breaks such ties by other fields, so all of them are needed to know which come first.
 */
async function firstInIndexOrder(ordered: InIndexOrder, key: 'replyDue' | 'createdAt', match: (row: FeedbackRow) => boolean, count: number): Promise<FeedbackRow[]> {
  // Mostly one request answers: a batch a few times larger, enough when it holds `count` matches and
  // runs past their last key. A cursor instead costs a round trip to the database per row.
  const batchSize = count * 4
  const batch = await ordered().limit(batchSize).toArray()
  const matches = batch.filter(match)
  if (batch.length < batchSize)
    return matches
  if (matches.length >= count && batch[batch.length - 1][key] !== matches[count - 1][key])
    return matches.filter((row, i) => i < count || row[key] === matches[count - 1][key])
  const rows: FeedbackRow[] = []
  await ordered()
    .until(row => rows.length >= count && row[key] !== rows[rows.length - 1][key])
    .each((row) => {
      if (match(row))
        rows.push(row)
    })
  return rows
}

/**
 * The first `count` items of the inbox (observeFeedback's, unfiltered) in the inbox's order:
 * unanswered ones by reply day, then answered ones newest first. Unit null: every unit's.
 */
export function observeFeedbackHead(unit: string | null, count: number): LiveRead<FeedbackRow[]> {
  const involves = (row: FeedbackRow) => unit === null || involvesUnit(row, unit)
  return live(async () => {
    const open = await firstInIndexOrder(() => db.feedback.orderBy('replyDue'), 'replyDue', row => !isAnswered(row.status) && involves(row), count)
    const answered = open.length < count
      ? await firstInIndexOrder(() => db.feedback.orderBy('createdAt').reverse(), 'createdAt', row => isAnswered(row.status) && involves(row), count - open.length)
      : []
    return sortFeedback([...open, ...answered], 'dueFirst').slice(0, count)
  })
}
