// One tap from a 集中反映 group to a draft 常见问题与解答 entry: the representative wording
// as the question and the latest reply, if any, as the answer to start from.
import type { FaqRecord } from '../records/faq'
import type { FeedbackRecord } from '../records/feedback'
import type { FeedbackGroup } from './grouping'

export interface Drafting {
  /** A device UUID for the new entry. */
  id: string
  unit: string
  by: string
  now: number
  /** Where it goes in the list, e.g. after the last entry. */
  order: number
}

type Source = Pick<FeedbackRecord, 'id' | 'content' | 'reply' | 'repliedOn'>

export function draftFaqFromGroup(group: FeedbackGroup, items: readonly Source[], drafting: Drafting): FaqRecord {
  const ids = new Set(group.ids)
  const members = items.filter(item => ids.has(item.id))
  const representative = members.find(item => item.id === group.representativeId) ?? members[0]
  const latestReply = members
    .filter(item => item.reply !== null)
    .sort((a, b) => (b.repliedOn ?? '').localeCompare(a.repliedOn ?? ''))[0]
  return {
    id: drafting.id,
    unit: drafting.unit,
    topic: group.topic,
    question: Array.from(representative?.content.trim() ?? group.topic).slice(0, 500).join(''),
    answer: latestReply?.reply ?? '',
    status: 'draft',
    publishedAt: null,
    sourceFeedbackIds: [...group.ids],
    order: drafting.order,
    createdAt: drafting.now,
    createdBy: drafting.by,
  }
}
