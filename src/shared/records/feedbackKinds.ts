// What a feedback item's status, adoption and field groups can be, without zod: the inbox, an item's
// handling and the reports list, label and move items by these and must not pull the schema library in.

/** 已登记 → 已转办 → 已答复 → 已公开 / 不予公开; the legal moves are in feedback/handling.ts. */
export const feedbackStatuses = ['registered', 'referred', 'replied', 'published', 'withheld'] as const
export type FeedbackStatus = typeof feedbackStatuses[number]

/** 已采纳, 部分采纳, 未采纳: for the adoption figures of event reports. */
export const adoptionValues = ['adopted', 'partial', 'declined'] as const
export type Adoption = typeof adoptionValues[number]

export const contactFields = ['consent', 'name', 'phone', 'nameMasked', 'phoneMasked', 'contactErasedAt'] as const
export const handlingFields = ['status', 'referredTo', 'referredAt', 'reply', 'repliedOn', 'withheldReason', 'closedAt'] as const
export type HandlingField = typeof handlingFields[number]

/** What each status needs filled and needs empty; the referral fields are kept once set. */
export const handlingNeeds: Record<FeedbackStatus, { filled: HandlingField[], empty: HandlingField[] }> = {
  registered: { filled: [], empty: ['referredTo', 'referredAt', 'reply', 'repliedOn', 'withheldReason', 'closedAt'] },
  referred: { filled: ['referredTo', 'referredAt'], empty: ['reply', 'repliedOn', 'withheldReason', 'closedAt'] },
  replied: { filled: ['reply', 'repliedOn'], empty: ['withheldReason', 'closedAt'] },
  published: { filled: ['reply', 'repliedOn', 'closedAt'], empty: ['withheldReason'] },
  withheld: { filled: ['reply', 'repliedOn', 'closedAt', 'withheldReason'], empty: [] },
}
