// Handling of a feedback item: 已登记 → 已转办 (to a unit) → 已答复 → 已公开 / 不予公开.
// A reply may come straight from the recording unit without a referral; published and
// withheld are final. handlingPatch makes a move on the device; handlingErrors lets the
// server check a patch it receives against the record it holds.
import type { FeedbackRecord, FeedbackStatus, HandlingField } from '../records/feedback'
import { handlingFields, handlingNeeds } from '../records/feedbackKinds'
import { feedbackStatusLabels } from './labels'

export type HandlingPatch = Pick<FeedbackRecord, HandlingField>

export const handlingMoves: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  registered: ['referred', 'replied'],
  referred: ['referred', 'replied'],
  replied: ['replied', 'published', 'withheld'],
  published: [],
  withheld: [],
}

export type HandlingAction
  = | { to: 'referred', unit: string }
    | { to: 'replied', reply: string, repliedOn: string }
    | { to: 'published' }
    | { to: 'withheld', reason: string }

export type HandlingResult = { ok: true, patch: HandlingPatch } | { ok: false, errors: string[] }

type Current = Pick<FeedbackRecord, HandlingField | 'unit' | 'receivedOn'>

/** The handling group of a newly recorded item. */
export const registeredHandling: HandlingPatch = {
  status: 'registered',
  referredTo: null,
  referredAt: null,
  reply: null,
  repliedOn: null,
  withheldReason: null,
  closedAt: null,
}

/** Replied, published or withheld: the public has had its answer, so no deadline applies. */
export function isAnswered(status: FeedbackStatus): boolean {
  return status === 'replied' || status === 'published' || status === 'withheld'
}

export function isClosed(status: FeedbackStatus): boolean {
  return handlingMoves[status].length === 0
}

function handlingOf(item: Current): HandlingPatch {
  return Object.fromEntries(handlingFields.map(field => [field, item[field]])) as HandlingPatch
}

/** The whole handling group after a move; fields the move does not touch are carried over. */
export function handlingPatch(current: Current, action: HandlingAction, now: number): HandlingResult {
  const next = handlingOf(current)
  next.status = action.to
  if (action.to === 'referred')
    Object.assign(next, { referredTo: action.unit.trim(), referredAt: now })
  if (action.to === 'replied')
    Object.assign(next, { reply: action.reply.trim(), repliedOn: action.repliedOn })
  if (action.to === 'published' || action.to === 'withheld')
    next.closedAt = now
  if (action.to === 'withheld')
    next.withheldReason = action.reason.trim()
  const errors = handlingErrors(current, next)
  return errors.length ? { ok: false, errors } : { ok: true, patch: next }
}

const keptBy: Record<FeedbackStatus, HandlingField[]> = {
  registered: [],
  referred: [],
  replied: ['referredTo', 'referredAt'],
  published: ['referredTo', 'referredAt', 'reply', 'repliedOn'],
  withheld: ['referredTo', 'referredAt', 'reply', 'repliedOn'],
}

/** Why moving `current` to `next` is not allowed; empty when it is. */
export function handlingErrors(current: Current, next: HandlingPatch): string[] {
  const from = current.status
  const to = next.status
  if (!handlingMoves[from].includes(to))
    return [isClosed(from) ? `这条意见已是“${feedbackStatusLabels[from]}”，不能再改` : `不能从“${feedbackStatusLabels[from]}”改为“${feedbackStatusLabels[to]}”`]
  const errors: string[] = []
  const needs = handlingNeeds[to]
  needs.filled.filter(f => next[f] == null || next[f] === '').forEach(f => errors.push(`“${feedbackStatusLabels[to]}”须有 ${f}`))
  needs.empty.filter(f => next[f] != null).forEach(f => errors.push(`“${feedbackStatusLabels[to]}”不能有 ${f}`))
  keptBy[to].filter(f => next[f] !== current[f]).forEach(f => errors.push(`改为“${feedbackStatusLabels[to]}”时不能修改 ${f}`))
  if (to === 'referred' && (next.referredTo === current.referredTo || next.referredTo === current.unit))
    errors.push(`这条意见已在 ${next.referredTo}`)
  if (to === 'referred' && next.referredTo !== current.referredTo && next.referredAt === current.referredAt)
    errors.push('再次转办须有新的转办时间 referredAt')
  if (next.repliedOn != null && next.repliedOn < current.receivedOn)
    errors.push(`答复日期 ${next.repliedOn} 早于登记日期 ${current.receivedOn}`)
  return errors
}
