// The 常见问题与解答 list. Coordinators write it (the server refuses others): a draft from a
// 集中反映 group, then the question, answer and publication change together in one patch.
import type { FaqRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'
import { changeRecord, createRecord } from './recordWrites'

export type FaqContent = Pick<FaqRow, 'question' | 'answer' | 'status' | 'publishedAt'>

export function createFaqEntry(entry: FaqRow): Promise<FaqRow> {
  return createRecord('faq', entry)
}

export function changeFaqContent(id: string, content: FaqContent): Promise<FaqRow> {
  return changeRecord('faq', id, content)
}

/** Every entry on the device, in list order. */
export function observeFaqs(): LiveRead<FaqRow[]> {
  return live(async () => (await db.faqs.toArray()).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt))
}
