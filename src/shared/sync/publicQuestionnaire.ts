// The public questionnaire link: a staff member opens it for an event and shows its QR code; a
// visitor's own phone loads the questionnaire and sends one response, without signing in.
import { z } from 'zod'
import type { Question } from '../records/questionnaire'
import { noDuplicates } from '../records/fieldRules'
import { answerSchema, respondentKeySchema } from '../records/questionnaireResponse'

/** The page the link opens (served by the app). */
export const publicQuestionnairePath = (token: string) => `/q/${token}`

export const publicApiPaths = {
  /** POST opens a link (201 PublicLinkCreated), GET lists the open ones, DELETE closes them all. */
  eventLink: (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/public-link`,
  /** GET: PublicQuestionnaireView; add ?device=KEY to learn whether this device has answered. */
  questionnaire: (token: string) => `/api/public/q/${token}`,
  /** POST PublicResponseRequest: 201 PublicResponseReceipt, 409 already_answered. */
  responses: (token: string) => `/api/public/q/${token}/responses`,
}

/** Unguessable: 32 random bytes, base64url. */
export const publicLinkTokenPattern = /^[\w-]{32,100}$/
/**
 * The short form printed on a poster for a visitor to type: 10 characters of Crockford base32
 * (50 random bits, and guesses are rate-limited), read regardless of case and of O/0, I/L/1.
 */
export const publicLinkShortCodePattern = /^[0-9A-Za-z]{10}$/
/** Either form of a link, as it arrives in a visitor's address. */
export const publicLinkTokenSchema = z.string().refine(token => publicLinkTokenPattern.test(token) || publicLinkShortCodePattern.test(token), 'not a questionnaire link token or short code')

export interface PublicLinkCreated {
  /** The absolute address to put in the QR code. */
  url: string
  token: string
  /** The same link's short address (/q/ + shortCode), for a poster; missing from links kept before it existed. */
  shortUrl?: string
  shortCode?: string
  createdAt: number
}

export interface PublicLinkSummary {
  id: string
  createdAt: number
  createdBy: string
}

export interface PublicQuestionnaireView {
  questionnaire: { id: string, title: string, intro: string, thanks: string, questions: Question[] }
  event: { title: string, startsAt: number, endsAt: number, venue: string }
  /** This device (by its key or cookie) has already sent a response for the event. */
  alreadyAnswered: boolean
}

export const publicResponseRequestSchema = z.object({
  /** The key the page keeps in localStorage; the server also sets a cookie with it. */
  deviceId: respondentKeySchema,
  answers: z.array(answerSchema).max(100).superRefine(noDuplicates(answer => answer.questionId, 'answer to question')),
}).strict()
export type PublicResponseRequest = z.infer<typeof publicResponseRequestSchema>

export interface PublicResponseReceipt {
  id: string
  /** The questionnaire's thank-you text. */
  thanks: string
}
