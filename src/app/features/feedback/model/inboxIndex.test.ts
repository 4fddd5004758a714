import type { FeedbackFilter } from '../../../../shared/feedback/filter'
import type { FeedbackRecord } from '../../../../shared/records/feedback'
import { describe, expect, it } from 'vitest'
import { filterFeedback } from '../../../../shared/feedback/filter'
import { feedback } from '../../../../../tests/shared/feedback/fixtures'
import { indexInbox, matchInbox } from './inboxIndex'

const units = ['区生态环境局', '区教育局', '区民政局']
const statuses = ['registered', 'referred', 'replied', 'published', 'withheld'] as const
const today = '2025-06-20'

/** A small deterministic spread of every field the filters test, nulls included. */
function rows(count: number): FeedbackRecord[] {
  return Array.from({ length: count }, (_, i) => feedback({
    id: `f${i}`,
    unit: units[i % 3],
    referredTo: i % 4 === 0 ? units[(i + 1) % 3] : null,
    eventId: i % 5 === 0 ? null : `e${i % 3}`,
    taskId: i % 7 === 0 ? `t${i % 2}` : null,
    respondentType: i % 2 ? 'citizen' : 'business',
    topic: ['交通出行', '生态环境', '其他'][i % 3],
    status: statuses[i % 5],
    replyDue: `2025-06-${String(10 + (i % 20)).padStart(2, '0')}`,
    content: i % 6 === 0 ? '停车位太少' : '希望多举办',
  }))
}

const filters: FeedbackFilter[] = [
  {},
  { units: ['区教育局'] },
  { units: ['区民政局', '区教育局'], statuses: ['registered', 'referred'] },
  { eventIds: ['e1', ''] },
  // A type no event has: to nothing, not to everything.
  { eventIds: [''] },
  { taskIds: ['t1'] },
  { respondentTypes: ['business'] },
  { topics: ['生态环境'], overdue: true },
  { overdue: true },
  { overdue: false },
  { text: ' 停车 ' },
  { text: '   ' },
  { topics: ['没有的主题'] },
  { units: ['区教育局'], eventIds: ['e0', 'e2'], topics: ['交通出行', '其他'], statuses: ['referred'], overdue: false, text: '希望' },
]

describe('the inbox filtered through its index', () => {
  const items = rows(240)
  const index = indexInbox(items)

  it.each(filters.map(filter => [JSON.stringify(filter), filter] as const))('lets through what filterFeedback does, in order: %s', (_, filter) => {
    const matches = matchInbox(index, filter, today, new Uint32Array(items.length))
    const expected = filterFeedback(items, filter, today)
    expect(matches.toArray()).toEqual(expected)
    expect(matches.length).toBe(expected.length)
    expect(matches.at(0)).toBe(expected[0])
    expect(matches.at(matches.length)).toBeUndefined()
  })

  it('writes every change into the one buffer it is given', () => {
    const buffer = new Uint32Array(items.length)
    const first = matchInbox(index, { topics: ['其他'] }, today, buffer)
    expect(buffer.subarray(0, 3)).toEqual(new Uint32Array([2, 5, 8]))
    const second = matchInbox(index, { units: ['区教育局'] }, today, buffer)
    // Item 0 was referred to 区教育局.
    expect(second.at(0)).toBe(items[0])
    expect(first.length).toBe(80)
  })
})
