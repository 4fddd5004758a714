// The public questionnaire link: a staff member opens it for an event and shows its QR code; a
// visitor's own phone loads the questionnaire and sends one response, without signing in.
import { z } from 'zod'
import { noDuplicates } from '../records/fieldRules'
import { questionSchema } from '../records/questionnaire'
import { answerSchema, respondentKeySchema } from '../records/questionnaireResponse'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

/** The page the link opens (served by the app). */
export const publicQuestionnairePath = (token: string) => `/q/${token}`

/** Unguessable: 32 random bytes, base64url. */
export const publicLinkTokenPattern = /^[\w-]{32,100}$/
/**
 * The short form printed on a poster for a visitor to type: 10 characters of Crockford base32
 * (50 random bits, and guesses are rate-limited), read regardless of case and of O/0, I/L/1.
 */
export const publicLinkShortCodePattern = /^[0-9A-Za-z]{10}$/
/** Either form of a link, as it arrives in a visitor's address. */
export const publicLinkTokenSchema = z.string().refine(token => publicLinkTokenPattern.test(token) || publicLinkShortCodePattern.test(token), '不是有效的问卷链接或短码')
export const publicLinkParams = z.object({ token: publicLinkTokenSchema })
/** Add ?device=KEY to learn whether this device has answered. */
export const publicQuestionnaireQuery = z.object({ device: respondentKeySchema.optional() })

export const publicQuestionnaireViewSchema = z.object({
  questionnaire: z.object({ id: z.string(), title: z.string(), intro: z.string(), thanks: z.string(), questions: z.array(questionSchema) }),
  event: z.object({ title: z.string(), startsAt: z.number(), endsAt: z.number(), venue: z.string() }),
  /** This device (by its key or cookie) has already sent a response for the event. */
  alreadyAnswered: z.boolean(),
})
export type PublicQuestionnaireView = z.infer<typeof publicQuestionnaireViewSchema>

export const publicResponseRequestSchema = z.object({
  /** The key the page keeps in localStorage; the server also sets a cookie with it. */
  deviceId: respondentKeySchema,
  answers: z.array(answerSchema).max(100).superRefine(noDuplicates(answer => answer.questionId, '题目的答案')),
}).strict()
export type PublicResponseRequest = z.infer<typeof publicResponseRequestSchema>

export const publicResponseReceiptSchema = z.object({
  id: z.string(),
  /** The questionnaire's thank-you text. */
  thanks: z.string(),
})
export type PublicResponseReceipt = z.infer<typeof publicResponseReceiptSchema>

export const publicQuestionnaireEndpoints = {
  publicQuestionnaire: endpoint({ method: 'GET', path: apiPaths.publicQuestionnaire, access: 'public', params: publicLinkParams, query: publicQuestionnaireQuery, status: 200, response: publicQuestionnaireViewSchema }),
  /** 409 already_answered once this device has answered. */
  publicResponse: endpoint({ method: 'POST', path: apiPaths.publicResponses, access: 'public', params: publicLinkParams, body: publicResponseRequestSchema, status: 201, response: publicResponseReceiptSchema }),
}
