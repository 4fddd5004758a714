import type { FeedbackRow } from './schema'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { observeFeedback, observeOpenDue, observeOpenDueCount, type OpenDue } from './feedbackReads'
import type { LiveRead } from './live'
import { compareCodeUnits } from '../../shared/order'
import { feedback } from '../../../tests/shared/feedback/fixtures'

const unit = '区生态环境局'
const other = '区教育局'
const statuses = ['registered', 'referred', 'replied', 'published', 'withheld'] as const
const firstValue = <T>(read: LiveRead<T>) => new Promise<T>((resolve, reject) => {
  const stop = read((value) => {
    resolve(value)
    queueMicrotask(() => stop())
  }, reject)
})
const idsOf = (rows: readonly FeedbackRow[]) => rows.map(row => row.id)
const involves = (scope: string | null) => (row: FeedbackRow) => scope === null || row.unit === scope || row.referredTo === scope

/** Every status, reply days shared by several items, ids out of reply-day order, other units' items and referrals. */
function mixedItems(count: number): FeedbackRow[] {
  let state = 7
  const next = (n: number) => (state = (state * 48_271) % 2_147_483_647) % n
  return Array.from({ length: count }, (_, i) => {
    const owner = next(3) === 2 ? other : unit
    const referred = owner === other && next(2) === 0
    return feedback({
      id: `0190a5b2-0000-7000-8000-${String(next(1_000_000)).padStart(6, '0')}${String(i).padStart(6, '0')}`,
      unit: owner,
      referredTo: referred ? unit : null,
      status: referred ? 'referred' : statuses[next(5)],
      replyDue: `2025-07-${String(1 + next(20)).padStart(2, '0')}`,
    })
  })
}

describe('the feedback reads', () => {
  beforeEach(() => Promise.all(db.tables.map(t => t.clear())))

  it('read a unit\'s whole inbox (its own items and those referred to it) or, for a coordinator, every item', async () => {
    const items = mixedItems(400)
    await db.feedback.bulkPut(items)
    for (const scope of [unit, other, null]) {
      const read = await firstValue(observeFeedback(scope))
      expect(idsOf(read).sort(), String(scope)).toEqual(idsOf(items.filter(involves(scope))).sort())
    }
    expect(await firstValue(observeFeedback('区不存在局'))).toEqual([])
  })

  it('count the unanswered items due before a day and read the first few in reply-day order, without the answered ones', async () => {
    const items = mixedItems(400)
    await db.feedback.bulkPut(items)
    for (const scope of [unit, other, null]) {
      const expected = items
        .filter(row => (row.status === 'registered' || row.status === 'referred') && row.replyDue < '2025-07-11' && involves(scope)(row))
        .sort((a, b) => compareCodeUnits(a.replyDue, b.replyDue) || compareCodeUnits(a.id, b.id))
      expect(expected.length).toBeGreaterThan(10)
      const read = await firstValue(observeOpenDue(scope, '2025-07-11', 5))
      expect(read.count, String(scope)).toBe(expected.length)
      expect(idsOf(read.first), String(scope)).toEqual(idsOf(expected.slice(0, 5)))
      expect(await firstValue(observeOpenDueCount(scope, '2025-07-11')), String(scope)).toBe(expected.length)
    }
  })

  it('count a staff phone\'s stray items of other units out (an item of ours referred elsewhere)', async () => {
    const mine = feedback({ id: '0190a5b2-0000-7000-8000-000000000001', replyDue: '2025-07-01' })
    const referredToUs = feedback({ id: '0190a5b2-0000-7000-8000-000000000002', unit: other, referredTo: unit, status: 'referred', replyDue: '2025-07-02' })
    const stray = feedback({ id: '0190a5b2-0000-7000-8000-000000000003', unit: other, replyDue: '2025-07-03' })
    await db.feedback.bulkPut([mine, referredToUs, stray])
    const read = await firstValue(observeOpenDue(unit, '2025-07-11', 5))
    expect([read.count, idsOf(read.first)]).toEqual([2, [mine.id, referredToUs.id]])
  })

  it('read the replies due again when one is answered', async () => {
    const late = feedback({ id: '0190a5b2-0000-7000-8000-000000000001', replyDue: '2025-07-01' })
    await db.feedback.put(late)
    const values: OpenDue[] = []
    const stop = observeOpenDue(unit, '2025-07-11', 5)(value => values.push(value), (error) => {
      throw error
    })
    await expect.poll(() => values.at(-1)?.count).toBe(1)
    await db.feedback.update(late.id, { status: 'replied', reply: '已答复', repliedOn: '2025-07-02' })
    await expect.poll(() => values.at(-1)?.count).toBe(0)
    expect(values.at(-1)?.first).toEqual([])
    stop()
  })

  it('read nothing again when an open item due later changes: only the overdue range is watched', async () => {
    const late = feedback({ id: '0190a5b2-0000-7000-8000-000000000001', replyDue: '2025-07-01' })
    const later = feedback({ id: '0190a5b2-0000-7000-8000-000000000002', replyDue: '2025-07-20' })
    await db.feedback.bulkPut([late, later])
    const values: OpenDue[] = []
    const stop = observeOpenDue(unit, '2025-07-11', 5)(value => values.push(value), (error) => {
      throw error
    })
    await expect.poll(() => values.length).toBe(1)
    await db.feedback.update(later.id, { content: '改过的意见' })
    // Let a read the change set off answer before the next change, so two reads are not merged into one.
    await new Promise(resolve => setTimeout(resolve, 100))
    await db.feedback.update(late.id, { content: '也改过' })
    await expect.poll(() => values.at(-1)?.first[0]?.content).toBe('也改过')
    expect(values).toHaveLength(2)
    stop()
  })
})
