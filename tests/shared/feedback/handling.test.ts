import { describe, expect, it } from 'vitest'
import { handlingErrors, handlingMoves, handlingPatch, isAnswered, isClosed } from '../../../src/shared/feedback/handling'
import { type FeedbackRecord, feedbackRecordSchema, feedbackStatuses } from '../../../src/shared/records/feedback'
import { feedback } from './fixtures'

function move(item: FeedbackRecord, ...args: Parameters<typeof handlingPatch> extends [unknown, ...infer R] ? R : never): FeedbackRecord {
  const result = handlingPatch(item, ...args)
  if (!result.ok)
    throw new Error(result.errors.join('; '))
  return { ...item, ...result.patch }
}

describe('handling moves', () => {
  it('go 已登记 → 已转办 → 已答复 → 已公开, each step a valid record', () => {
    const referred = move(feedback(), { to: 'referred', unit: '区建管委' }, 100)
    expect(referred).toMatchObject({ status: 'referred', referredTo: '区建管委', referredAt: 100 })
    const replied = move(referred, { to: 'replied', reply: ' 已增设停车位 ', repliedOn: '2025-06-10' }, 200)
    expect(replied).toMatchObject({ status: 'replied', reply: '已增设停车位', referredTo: '区建管委' })
    const published = move(replied, { to: 'published' }, 300)
    expect(published).toMatchObject({ status: 'published', closedAt: 300 })
    for (const step of [referred, replied, published])
      expect(feedbackRecordSchema.safeParse(step).success).toBe(true)
  })

  it('allow a reply straight from the recording unit, a second referral, an amended reply and withholding with a reason', () => {
    const direct = move(feedback(), { to: 'replied', reply: '现场已答复', repliedOn: '2025-06-03' }, 1)
    expect(direct.referredTo).toBeNull()
    const again = move(move(feedback(), { to: 'referred', unit: '区建管委' }, 1), { to: 'referred', unit: '区交通委' }, 2)
    expect(again).toMatchObject({ referredTo: '区交通委', referredAt: 2 })
    const amended = move(direct, { to: 'replied', reply: '补充答复', repliedOn: '2025-06-04' }, 3)
    expect(amended.reply).toBe('补充答复')
    const withheld = move(amended, { to: 'withheld', reason: '涉及个人隐私' }, 4)
    expect(withheld).toMatchObject({ status: 'withheld', withheldReason: '涉及个人隐私', closedAt: 4 })
    expect(feedbackRecordSchema.safeParse(withheld).success).toBe(true)
  })

  it('refuse moves the flow does not have', () => {
    expect(handlingPatch(feedback(), { to: 'published' }, 1)).toEqual({ ok: false, errors: ['不能从“已登记”改为“已公开”'] })
    expect(handlingPatch(feedback(), { to: 'withheld', reason: '不宜公开' }, 1)).toMatchObject({ ok: false })
    const referred = move(feedback(), { to: 'referred', unit: '区建管委' }, 1)
    expect(handlingPatch(referred, { to: 'published' }, 2)).toMatchObject({ ok: false })
  })

  it('treat published and withheld as final', () => {
    const published = move(move(feedback(), { to: 'replied', reply: '好', repliedOn: '2025-06-04' }, 1), { to: 'published' }, 2)
    expect(handlingPatch(published, { to: 'replied', reply: '改', repliedOn: '2025-06-05' }, 3))
      .toEqual({ ok: false, errors: ['这条意见已是“已公开”，不能再改'] })
    expect(isClosed('published')).toBe(true)
    expect(isClosed('withheld')).toBe(true)
    expect(feedbackStatuses.filter(isClosed)).toEqual(['published', 'withheld'])
  })

  it('say what a move lacks', () => {
    expect(handlingPatch(feedback(), { to: 'replied', reply: '  ', repliedOn: '2025-06-04' }, 1))
      .toEqual({ ok: false, errors: ['“已答复”须有 reply'] })
    const replied = move(feedback(), { to: 'replied', reply: '好', repliedOn: '2025-06-04' }, 1)
    expect(handlingPatch(replied, { to: 'withheld', reason: '' }, 2)).toEqual({ ok: false, errors: ['“不予公开”须有 withheldReason'] })
    expect(handlingPatch(feedback(), { to: 'referred', unit: '区生态环境局' }, 1)).toEqual({ ok: false, errors: ['这条意见已在 区生态环境局'] })
    expect(handlingPatch(feedback(), { to: 'replied', reply: '好', repliedOn: '2025-06-01' }, 1))
      .toEqual({ ok: false, errors: ['答复日期 2025-06-01 早于登记日期 2025-06-03'] })
  })

  it('let the server refuse a patch that rewrites what a later step keeps', () => {
    const replied = move(move(feedback(), { to: 'referred', unit: '区建管委' }, 1), { to: 'replied', reply: '好', repliedOn: '2025-06-04' }, 2)
    const published = move(replied, { to: 'published' }, 3)
    const { status, referredTo, referredAt, reply, repliedOn, withheldReason, closedAt } = published
    expect(handlingErrors(replied, { status, referredTo, referredAt, reply, repliedOn, withheldReason, closedAt })).toEqual([])
    expect(handlingErrors(replied, { status, referredTo: null, referredAt: null, reply: '另一个答复', repliedOn, withheldReason, closedAt }))
      .toEqual(['改为“已公开”时不能修改 referredTo', '改为“已公开”时不能修改 referredAt', '改为“已公开”时不能修改 reply'])
  })

  it('list every legal move, and answered means replied or closed', () => {
    expect(handlingMoves).toEqual({
      registered: ['referred', 'replied'],
      referred: ['referred', 'replied'],
      replied: ['replied', 'published', 'withheld'],
      published: [],
      withheld: [],
    })
    expect(feedbackStatuses.filter(isAnswered)).toEqual(['replied', 'published', 'withheld'])
  })
})
