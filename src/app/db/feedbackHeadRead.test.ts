import type { FeedbackRow } from './schema'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { observeFeedbackHead } from './feedbackHeadRead'
import { observeFeedback } from './feedbackReads'
import type { LiveRead } from './live'
import { sortFeedback } from '../../shared/feedback/filter'
import { feedback, t0 } from '../../../tests/shared/feedback/fixtures'

const unit = '区生态环境局'
const firstValue = <T>(read: LiveRead<T>) => new Promise<T>((resolve, reject) => {
  const stop = read((value) => {
    resolve(value)
    queueMicrotask(() => stop())
  }, reject)
})

/**
 * Many items sharing a reply day or a creation time, ids out of creation order (as items from a
 * phone with a wrong clock arrive), answered ones, other units' items and items referred here.
 */
function tangledItems(count: number): FeedbackRow[] {
  let state = 11
  const next = (n: number) => (state = (state * 48_271) % 2_147_483_647) % n
  return Array.from({ length: count }, (_, i) => {
    const status = (['registered', 'referred', 'replied', 'published', 'withheld'] as const)[next(5)]
    const owner = [unit, unit, '区教育局'][next(3)]
    return feedback({
      id: `0190a5b2-0000-7000-8000-${String(next(1_000_000)).padStart(6, '0')}${String(i).padStart(6, '0')}`,
      unit: owner,
      status,
      referredTo: owner !== unit && next(2) ? unit : null,
      replyDue: `2025-07-0${1 + next(3)}`,
      createdAt: t0 + next(4) * 1000,
    })
  })
}

describe('the inbox\'s first rows, read through its indexes', () => {
  beforeEach(() => Promise.all(db.tables.map(t => t.clear())))

  it('are the first rows of the whole inbox in its order, ties and answered items included', async () => {
    await db.feedback.bulkPut(tangledItems(300))
    for (const viewer of [unit, null]) {
      const whole = sortFeedback(await firstValue(observeFeedback(viewer)), 'dueFirst')
      for (const count of [1, 7, 30, 200, 400]) {
        const head = await firstValue(observeFeedbackHead(viewer, count))
        expect(head.map(row => row.id), `${viewer} ${count}`).toEqual(whole.slice(0, count).map(row => row.id))
      }
    }
  })

  it('are answered items newest first when nothing waits for a reply', async () => {
    const answered = tangledItems(40).map(row => ({ ...row, status: 'replied' as const }))
    await db.feedback.bulkPut(answered)
    const whole = sortFeedback(await firstValue(observeFeedback(unit)), 'dueFirst')
    expect((await firstValue(observeFeedbackHead(unit, 10))).map(row => row.id)).toEqual(whole.slice(0, 10).map(row => row.id))
  })
})
