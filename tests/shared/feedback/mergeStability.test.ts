// Per-field merging must never produce a feedback record that fails its own schema, whatever
// order concurrent patches arrive in. Patches here are made the way devices make them.
import { describe, expect, it } from 'vitest'
import { contactPatch } from '../../../src/shared/feedback/contact'
import { erasedContactPatch } from '../../../src/shared/feedback/erasure'
import { type HandlingAction, handlingPatch } from '../../../src/shared/feedback/handling'
import { type FeedbackRecord, feedbackPatchSchema, feedbackRecordSchema } from '../../../src/shared/records/feedback'
import { mergeMutation, type StampedRecord } from '../../../src/shared/sync/merge'
import { feedback, withContact } from './fixtures'

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

const actions: HandlingAction[] = [
  { to: 'referred', unit: '区建管委' },
  { to: 'referred', unit: '区交通委' },
  { to: 'replied', reply: '已研究采纳', repliedOn: '2025-06-05' },
  { to: 'replied', reply: '将在下一期活动中改进', repliedOn: '2025-06-06' },
  { to: 'published' },
  { to: 'withheld', reason: '涉及个人隐私' },
]

/** A patch one device would make from its own (possibly stale) copy. */
function devicePatch(view: FeedbackRecord, next: () => number, at: number): Record<string, unknown> {
  const roll = next()
  if (roll < 0.5) {
    const made = handlingPatch(view, actions[Math.floor(next() * actions.length)], at)
    return made.ok ? made.patch : { topic: '交通出行' }
  }
  if (roll < 0.7) {
    const consent = next() < 0.7
    return contactPatch({ consent, name: consent && next() < 0.5 ? '李四' : null, phone: consent ? '13900001111' : null })
  }
  if (roll < 0.8)
    return erasedContactPatch(view, at)
  return { topic: next() < 0.5 ? '交通出行' : '民生保障', adoption: next() < 0.5 ? 'adopted' : null }
}

describe('feedback under concurrent patches', () => {
  it('stays a valid record in every arrival order', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed)
      const base = feedback(next() < 0.5 ? withContact : {})
      const start: StampedRecord = { data: { ...base }, stamps: {}, deleted: false }
      // Two devices edit their own stale copies; distinct stamps in random order rank the edits.
      const times = [0, 1, 2, 3, 4, 5].sort(() => next() - 0.5)
      const patches = times.map((t, i) => {
        const patch = devicePatch(base, next, 1000 + i)
        expect(feedbackPatchSchema.safeParse(patch).success).toBe(true)
        return { data: patch, stamp: { t, c: i % 2 ? 'a' : 'b' } }
      })
      const orders = [patches, [...patches].reverse(), [...patches].sort(() => next() - 0.5)]
      const results = orders.map(order => order.reduce((record, p) => mergeMutation(record, 'patch', p.data, p.stamp).next, start).data)
      for (const result of results) {
        const parsed = feedbackRecordSchema.safeParse(result)
        expect(parsed.success, `seed ${seed}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
      }
      expect(results[1]).toEqual(results[0])
      expect(results[2]).toEqual(results[0])
    }
  })

  it('would break without whole groups: a status merged with another writer\'s reply', () => {
    const start: StampedRecord = { data: { ...feedback() }, stamps: {}, deleted: false }
    const halfReply = mergeMutation(start, 'patch', { status: 'replied' }, { t: 2, c: 'a' }).next
    expect(feedbackRecordSchema.safeParse(halfReply.data).success).toBe(false)
    expect(feedbackPatchSchema.safeParse({ status: 'replied' }).success).toBe(false)
  })
})
