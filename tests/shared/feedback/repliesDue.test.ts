import { describe, expect, it } from 'vitest'
import { repliesDue, replyDueHorizon } from '../../../src/shared/feedback/repliesDue'
import { workCalendar } from '../../../src/shared/calendar'

const calendar = workCalendar()
// Friday 2025-09-26; the National Day week (1–8 October 2025) is off, Sunday 28 September is worked.
const today = '2025-09-26'

describe('replies due', () => {
  it('keeps unanswered items overdue or within three working days, the most pressing first', () => {
    const items = [
      { id: 'later', status: 'registered' as const, replyDue: '2025-10-10' },
      { id: 'monday', status: 'registered' as const, replyDue: '2025-09-29' },
      { id: 'late', status: 'referred' as const, replyDue: '2025-09-24' },
      { id: 'answered', status: 'replied' as const, replyDue: '2025-09-20' },
      { id: 'today', status: 'registered' as const, replyDue: today },
    ]
    const due = repliesDue(items, today, calendar)
    expect(due.map(d => [d.item.id, d.daysLeft])).toEqual([['late', -2], ['today', 0], ['monday', 2]])
  })

  it('counts the same due day alike for every open item and leaves its answered ones out', () => {
    const items = ['registered', 'replied', 'referred', 'published', 'registered'].map((status, i) => ({ id: `item${i}`, status: status as 'registered', replyDue: '2025-09-24' }))
    const due = repliesDue([...items, { id: 'sooner', status: 'registered' as const, replyDue: '2025-09-23' }], today, calendar)
    expect(due.map(d => [d.item.id, d.daysLeft])).toEqual([['sooner', -3], ['item0', -2], ['item2', -2], ['item4', -2]])
  })

  it('reads up to the day after the third working day, across worked weekends and holidays', () => {
    // Working days after Friday 26 September: Sunday 28 (worked), Monday 29, Tuesday 30.
    expect(replyDueHorizon(today, calendar)).toBe('2025-10-01')
    expect(replyDueHorizon('2025-06-02', calendar)).toBe('2025-06-06')
  })
})
