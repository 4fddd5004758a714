import { z } from 'zod'
import { epochMs, unitName, organizationOwner } from './common'
import { deviceRecordId, nonBlank, wholeGroups } from './fieldRules'

export const faqStatuses = ['draft', 'published'] as const
export type FaqStatus = typeof faqStatuses[number]

/** Question, answer and publication change together, so a published entry never merges into one without an answer. */
const contentGroup = ['question', 'answer', 'status', 'publishedAt'] as const

const faqFields = z.object({
  id: deviceRecordId,
  unit: unitName,
  /** The organization whose list it is (see owner.ts); absent on entries made before organizations. */
  owner: organizationOwner.optional(),
  topic: nonBlank(50),
  question: nonBlank(500),
  answer: z.string().max(5000),
  status: z.enum(faqStatuses),
  publishedAt: epochMs.nullable(),
  /** The feedback it was drafted from (a 集中反映 group). */
  sourceFeedbackIds: z.array(deviceRecordId).max(5000),
  order: z.number().int().min(0).max(100_000),
  createdAt: epochMs,
  createdBy: z.string().max(100),
})

function publishedNeedsAnswer(entry: Partial<z.infer<typeof faqFields>>, ctx: z.RefinementCtx): void {
  if (entry.status === 'published' && !entry.answer?.trim())
    ctx.addIssue({ code: 'custom', path: ['answer'], message: '已发布的问答须有答案' })
  if (entry.status === 'published' && entry.publishedAt == null)
    ctx.addIssue({ code: 'custom', path: ['publishedAt'], message: '已发布的问答须有发布时间 publishedAt' })
  if (entry.status === 'draft' && entry.publishedAt != null)
    ctx.addIssue({ code: 'custom', path: ['publishedAt'], message: '草稿不能有发布时间 publishedAt' })
}

/** An entry of the 常见问题与解答 list; only published entries are shown to readers. */
export const faqRecordSchema = faqFields.superRefine(publishedNeedsAnswer)
export type FaqRecord = z.infer<typeof faqRecordSchema>

export const faqPatchSchema = faqFields
  .omit({ id: true, unit: true, owner: true, createdAt: true, createdBy: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([contentGroup]))
  .superRefine(publishedNeedsAnswer)
