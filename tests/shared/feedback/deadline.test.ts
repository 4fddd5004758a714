import { describe, expect, it } from 'vitest'
import { answeredLate, isOverdue, replyDueDate, workingDaysLeft } from '../../../src/shared/feedback/deadline'
import { workCalendar } from '../../../src/shared/calendar'
import { feedback } from './fixtures'

const calendar = workCalendar()

describe('reply deadline', () => {
  it('is 15 working days after the day received, the day itself not counted', () => {
    expect(replyDueDate('2025-06-03', 15, calendar)).toBe('2025-06-24')
  })

  it('moves past holidays and onto make-up Saturdays', () => {
    // received 2025-09-26 (Fri): 28 Sun make-up 1, 29 2, 30 3, 10-01..08 off, 09 Thu 4, 10 Fri 5, 11 Sat make-up 6
    expect(replyDueDate('2025-09-26', 5, calendar)).toBe('2025-10-10')
    expect(replyDueDate('2025-09-26', 6, calendar)).toBe('2025-10-11')
  })

  it('follows a configured number of days', () => {
    expect(replyDueDate('2025-06-03', 20, calendar)).toBe('2025-07-01')
  })
})

describe('overdue', () => {
  const open = feedback({ replyDue: '2025-06-24' })

  it('is flagged the day after the due day, not on it', () => {
    expect(isOverdue(open, '2025-06-24')).toBe(false)
    expect(isOverdue(open, '2025-06-25')).toBe(true)
  })

  it('applies while registered or referred, never once answered', () => {
    const referred = feedback({ status: 'referred', referredTo: '区建管委', referredAt: 1 })
    expect(isOverdue(referred, '2025-07-01')).toBe(true)
    const replied = feedback({ status: 'replied', reply: '已答复', repliedOn: '2025-06-30' })
    expect(isOverdue(replied, '2025-07-01')).toBe(false)
    expect(answeredLate(replied)).toBe(true)
    expect(answeredLate({ ...replied, repliedOn: '2025-06-24' })).toBe(false)
    expect(answeredLate(open)).toBe(false)
  })

  it('tells the working days left, zero on the day and negative once late', () => {
    expect(workingDaysLeft(open, '2025-06-20', calendar)).toBe(2) // Fri → 23 Mon, 24 Tue
    expect(workingDaysLeft(open, '2025-06-24', calendar)).toBe(0)
    expect(workingDaysLeft(open, '2025-06-26', calendar)).toBe(-2)
    expect(workingDaysLeft(feedback({ status: 'replied', reply: '好', repliedOn: '2025-06-05' }), '2025-06-26', calendar)).toBeNull()
  })
})
