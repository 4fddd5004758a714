// What a member of the public reads of an organization's 常见问题与解答: published entries only,
// and of each only what was published (no drafts, no source feedback, no author).
import type { PublicFaqView } from '../api/publicFaq'
import type { FaqRecord } from '../records/faq'

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
