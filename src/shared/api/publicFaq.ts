// What a member of the public reads of an organization's 常见问题与解答, without sign-in.
import { z } from 'zod'
import { unitName } from '../records/common'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

export const publicFaqParams = z.object({ unit: unitName })

export const publicFaqEntrySchema = z.object({ topic: z.string(), question: z.string(), answer: z.string(), publishedAt: z.number() })
export type PublicFaqEntry = z.infer<typeof publicFaqEntrySchema>

/** `unit` as the address names it; `name` the page goes by: its organization's, or the unit as written when the directory does not know it. */
export const publicFaqViewSchema = z.object({ unit: z.string(), name: z.string(), entries: z.array(publicFaqEntrySchema) })
export type PublicFaqView = z.infer<typeof publicFaqViewSchema>

export const publicFaqEndpoints = {
  publicFaq: endpoint({ method: 'GET', path: apiPaths.publicFaq, access: 'public', params: publicFaqParams, status: 200, response: publicFaqViewSchema }),
}
