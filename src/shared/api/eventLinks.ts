// Staff of an event's host unit (and coordinators) open and close its public questionnaire link.
import { z } from 'zod'
import { recordId } from '../records/common'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

export const eventParams = z.object({ id: recordId })
/** Nothing to send: a body, if any, must be empty so a client expecting options hears otherwise. */
export const noOptions = z.object({}).strict().optional()

export const publicLinkCreatedSchema = z.object({
  /** The absolute address to put in the QR code. */
  url: z.string().url(),
  token: z.string(),
  createdAt: z.number(),
})
export type PublicLinkCreated = z.infer<typeof publicLinkCreatedSchema>

export const publicLinkSummarySchema = z.object({ id: z.string(), createdAt: z.number(), createdBy: z.string() })
export type PublicLinkSummary = z.infer<typeof publicLinkSummarySchema>

export const eventLinkEndpoints = {
  openEventLink: endpoint({ method: 'POST', path: apiPaths.eventLink, access: 'session', params: eventParams, body: noOptions, status: 201, response: publicLinkCreatedSchema }),
  listEventLinks: endpoint({ method: 'GET', path: apiPaths.eventLink, access: 'session', params: eventParams, status: 200, response: z.object({ links: z.array(publicLinkSummarySchema) }) }),
  closeEventLinks: endpoint({ method: 'DELETE', path: apiPaths.eventLink, access: 'session', params: eventParams, status: 200, response: z.object({ revoked: z.number().int().nonnegative() }) }),
}
