import { z } from 'zod'
import { epochMs, recordId, organizationOwner } from './common'
import { nonBlank, noDuplicates, shortKey } from './fieldRules'

export { type QuestionKind, questionKinds } from './questionKinds'

const optionSchema = z.object({ id: shortKey, text: nonBlank(100) })
const options = z.array(optionSchema).min(2, '选择题至少要有两个选项').max(30)
  .superRefine(noDuplicates(option => option.id, '选项编号'))
const base = { id: shortKey, text: nonBlank(300), required: z.boolean() }

export const questionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('single'), options }),
  z.object({ ...base, kind: z.literal('multiple'), options, maxChoices: z.number().int().min(1).max(30).nullable() }),
  z.object({ ...base, kind: z.literal('rating'), scale: z.number().int().min(2).max(10), lowLabel: z.string().max(20), highLabel: z.string().max(20) }),
  z.object({ ...base, kind: z.literal('text'), maxLength: z.number().int().min(1).max(2000) }),
])
export type Question = z.infer<typeof questionSchema>

/**
 * A questionnaire that coordinators edit. Questions travel as one field, like template items.
 * Answers refer to question and option ids, so keep ids when rewording.
 */
export const questionnaireRecordSchema = z.object({
  id: recordId,
  /** The organization whose questionnaire it is (see owner.ts); absent on ones made before organizations. */
  owner: organizationOwner.optional(),
  title: nonBlank(200),
  intro: z.string().max(1000),
  /** Shown after submit, before kiosk mode resets for the next visitor. */
  thanks: nonBlank(300),
  questions: z.array(questionSchema).min(1, '问卷至少要有一道题').max(100)
    .superRefine(noDuplicates(question => question.id, '题目编号')),
  archived: z.boolean(),
  updatedAt: epochMs,
})
export type QuestionnaireRecord = z.infer<typeof questionnaireRecordSchema>

export const questionnairePatchSchema = questionnaireRecordSchema.omit({ id: true, owner: true }).partial().strict()
