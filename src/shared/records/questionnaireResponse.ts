import { z } from 'zod'
import { epochMs, recordId, unitName } from './common'
import { deviceRecordId, noDuplicates, shortKey } from './fieldRules'

export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ questionId: shortKey, kind: z.literal('single'), optionId: shortKey }),
  z.object({ questionId: shortKey, kind: z.literal('multiple'), optionIds: z.array(shortKey).min(1).max(30).superRefine(noDuplicates(id => id, '选项编号')) }),
  z.object({ questionId: shortKey, kind: z.literal('rating'), value: z.number().int().min(1).max(10) }),
  z.object({ questionId: shortKey, kind: z.literal('text'), text: z.string().trim().min(1).max(2000) }),
])
export type Answer = z.infer<typeof answerSchema>

/** The random key a visitor's browser keeps for the public questionnaire: one response per device. */
export const respondentKeySchema = z.string().regex(/^[\w-]{16,100}$/, 'expected a random key of 16-100 letters, digits, - or _')

/** kiosk: a staff phone handed to visitors; link: a visitor's own phone through the event's public QR link. */
export const responseChannels = ['kiosk', 'link'] as const
export type ResponseChannel = typeof responseChannels[number]

/**
 * One visitor's answers, appended and never edited. Whether the answers fit the questionnaire
 * is checked with questionnaire/answers.ts, which needs the questionnaire itself.
 */
export const questionnaireResponseRecordSchema = z.object({
  id: deviceRecordId,
  questionnaireId: recordId,
  eventId: deviceRecordId,
  /** The event's host unit, so the response lands in that unit's inbox. */
  unit: unitName,
  channel: z.enum(responseChannels),
  /** Random key the visitor's browser keeps, so the server can take one response per device. */
  respondentKey: respondentKeySchema.nullable(),
  answers: z.array(answerSchema).max(100).superRefine(noDuplicates(answer => answer.questionId, '题目的答案')),
  submittedAt: epochMs,
}).superRefine((response, ctx) => {
  if ((response.channel === 'link') !== (response.respondentKey !== null))
    ctx.addIssue({ code: 'custom', path: ['respondentKey'], message: '扫码填写的答卷须有 respondentKey，现场问卷模式的答卷不能有' })
})
export type QuestionnaireResponseRecord = z.infer<typeof questionnaireResponseRecordSchema>
