// What the server checks on a feedback write once access allows it: contact details only from
// those who see them in full, and handling moves only along 已登记 → 已转办 → 已答复 → 已公开 / 不予公开.
import type { Actor, RecordData } from '../sync/access'
import type { Rejection } from '../sync/reasons'
import { feedbackStatusLabels, handlingErrors, handlingMoves, type HandlingPatch, isClosed, seesFullContact } from '../../shared/feedback'
import { contactFields, type FeedbackRecord, type FeedbackStatus, handlingFields } from '../../shared/records/feedback'

const label = (status: FeedbackStatus) => `「${feedbackStatusLabels[status]}」`

function contactRejection(actor: Actor, before: FeedbackRecord, payload: RecordData): Rejection | null {
  if (!contactFields.some(field => field in payload) || seesFullContact(before, actor))
    return null
  return { code: 'forbidden', reason: '只有登记单位和协调员可以修改反映人的姓名和电话' }
}

function moveReason(from: FeedbackStatus, to: FeedbackStatus, errors: string[]): string {
  if (isClosed(from))
    return `该意见已${label(from)}，办理已经结束，不能再改为${label(to)}`
  if (!handlingMoves[from].includes(to))
    return `该意见现在是${label(from)}，不能改为${label(to)}（可能已在其他设备上办理过，请同步后查看）`
  return `办理信息与该意见现在的状态${label(from)}不符：${errors.join('；')}`
}

/**
 * A handling group that differs from the stored one must be a legal move from it. An equal group
 * (a resent patch, a whole record put again) is no move and passes.
 */
function handlingRejection(before: FeedbackRecord, payload: RecordData, index: number): Rejection | null {
  if (!('status' in payload))
    return null
  const next = Object.fromEntries(handlingFields.map(field => [field, payload[field] ?? null])) as HandlingPatch
  if (handlingFields.every(field => Object.is(next[field], before[field] ?? null)))
    return null
  const errors = handlingErrors(before, next)
  if (!errors.length)
    return null
  return {
    code: 'invalid_transition',
    reason: moveReason(before.status, next.status, errors),
    issues: errors.map(message => ({ path: `mutations.${index}.data.status`, message })),
  }
}

export function feedbackWriteRejection(actor: Actor, before: RecordData | null, payload: RecordData, index: number): Rejection | null {
  if (!before)
    return null
  const stored = before as FeedbackRecord
  return contactRejection(actor, stored, payload) ?? handlingRejection(stored, payload, index)
}
