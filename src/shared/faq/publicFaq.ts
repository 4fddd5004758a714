// What a member of the public reads of an organization's 常见问题与解答: published entries only,
// and of each only what was published (no drafts, no source feedback, no author).
import type { FaqRecord } from '../records/faq'

export interface PublicFaqEntry {
  topic: string
  question: string
  answer: string
  publishedAt: number
}

export interface PublicFaqView {
  /** The unit the address names. */
  unit: string
  /** The name the page goes by: the unit's organization, or the unit as written when the directory does not know it. */
  name: string
  entries: PublicFaqEntry[]
}

/** The public page of an organization's FAQ; `unit` is URI-encoded into the path. */
export function publicFaqPath(unit: string): string {
  return `/public/faq/${encodeURIComponent(unit)}`
}

/** The published entries among `records` that `belongs` accepts, in list order. */
export function publicFaqOf(page: { unit: string, name: string }, records: readonly FaqRecord[], belongs: (entry: FaqRecord) => boolean): PublicFaqView {
  const entries = records
    .filter(entry => belongs(entry) && entry.status === 'published' && entry.publishedAt !== null && entry.answer.trim())
    .sort((a, b) => a.order - b.order || a.publishedAt! - b.publishedAt!)
    .map(entry => ({ topic: entry.topic, question: entry.question, answer: entry.answer, publishedAt: entry.publishedAt! }))
  return { ...page, entries }
}
