import { describe, expect, it } from 'vitest'
import { feedbackMatcher, filterFeedback, sortFeedback } from '../../../src/shared/feedback/filter'
import { feedback } from './fixtures'

const today = '2025-06-25'
const items = [
  feedback({ id: 'a', unit: '区生态环境局', topic: '生态环境', respondentType: 'citizen', replyDue: '2025-06-24', createdAt: 1, content: '河道有异味' }),
  feedback({ id: 'b', unit: '区建管委', topic: '交通出行', respondentType: 'business', replyDue: '2025-06-30', createdAt: 3, eventId: 'e1' }),
  feedback({ id: 'c', unit: '区生态环境局', topic: '交通出行', respondentType: 'media', replyDue: '2025-06-20', createdAt: 2, status: 'referred', referredTo: '区建管委', referredAt: 5 }),
  feedback({ id: 'd', unit: '区政府办公室', topic: '其他', respondentType: 'citizen', replyDue: '2025-06-10', createdAt: 4, status: 'replied', reply: '已答复', repliedOn: '2025-06-09', taskId: 't1' }),
]
const ids = (list: { id: string }[]) => list.map(i => i.id)

describe('feedback filters', () => {
  it('match everything when empty', () => {
    expect(ids(filterFeedback(items, {}, today))).toEqual(['a', 'b', 'c', 'd'])
    expect(ids(filterFeedback(items, { units: [], topics: [] }, today))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('take a unit as recording or referred-to unit', () => {
    expect(ids(filterFeedback(items, { units: ['区建管委'] }, today))).toEqual(['b', 'c'])
  })

  it('filter by respondent type, topic, status, event and task', () => {
    expect(ids(filterFeedback(items, { respondentTypes: ['citizen'] }, today))).toEqual(['a', 'd'])
    expect(ids(filterFeedback(items, { topics: ['交通出行', '其他'] }, today))).toEqual(['b', 'c', 'd'])
    expect(ids(filterFeedback(items, { statuses: ['registered'] }, today))).toEqual(['a', 'b'])
    expect(ids(filterFeedback(items, { eventIds: ['e1'] }, today))).toEqual(['b'])
    expect(ids(filterFeedback(items, { taskIds: ['t1'] }, today))).toEqual(['d'])
  })

  it('pick overdue items, or the others, for 首页', () => {
    expect(ids(filterFeedback(items, { overdue: true }, today))).toEqual(['a', 'c'])
    expect(ids(filterFeedback(items, { overdue: false }, today))).toEqual(['b', 'd'])
  })

  it('combine criteria and search the content', () => {
    expect(ids(filterFeedback(items, { units: ['区生态环境局'], overdue: true, topics: ['交通出行'] }, today))).toEqual(['c'])
    expect(ids(filterFeedback(items, { text: ' 异味 ' }, today))).toEqual(['a'])
    expect(feedbackMatcher({ statuses: ['replied'] }, today)(items[3])).toBe(true)
  })
})

describe('feedback order', () => {
  it('sorts newest or oldest first without touching the input', () => {
    expect(ids(sortFeedback(items, 'newest'))).toEqual(['d', 'b', 'c', 'a'])
    expect(ids(sortFeedback(items, 'oldest'))).toEqual(['a', 'c', 'b', 'd'])
    expect(ids(items)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('puts unanswered items by deadline first, answered ones after', () => {
    const replied = feedback({ id: 'e', createdAt: 9, status: 'replied', reply: '好', repliedOn: '2025-06-04', replyDue: '2025-06-04' })
    expect(ids(sortFeedback([...items, replied], 'dueFirst'))).toEqual(['c', 'a', 'b', 'e', 'd'])
  })

  it('orders a large mixed inbox as one comparison of status, deadline, time and id would', () => {
    const statuses = ['registered', 'referred', 'replied', 'published', 'withheld'] as const
    const many = Array.from({ length: 500 }, (_, i) => feedback({
      id: `id-${(i * 7919) % 500}`,
      createdAt: (i * 31) % 40,
      status: statuses[i % 5],
      replyDue: `2025-06-${String(1 + (i * 13) % 9).padStart(2, '0')}`,
    }))
    const open = (item: typeof many[number]) => item.status === 'registered' || item.status === 'referred'
    const reference = [...many].sort((a, b) => {
      if (open(a) !== open(b))
        return open(a) ? -1 : 1
      const sign = open(a) ? 1 : -1
      return open(a) && a.replyDue !== b.replyDue
        ? (a.replyDue < b.replyDue ? -1 : 1)
        : sign * (a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    })
    expect(ids(sortFeedback(many, 'dueFirst'))).toEqual(ids(reference))
  })
})
