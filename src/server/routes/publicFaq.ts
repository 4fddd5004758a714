// An organization's published 常见问题与解答, readable without sign-in: the page a QR poster at
// the event links to. Only published entries, and of them only question, answer and topic.
import type { FastifyInstance } from 'fastify'
import type { FaqRecord } from '../../shared/records/faq'
import type { ServerContext } from '../context'
import { publicFaqEndpoints } from '../../shared/api/publicFaq'
import { publicFaqOf } from '../../shared/faq/publicFaq'
import { parseOrThrow } from '../errors'
import { route } from './route'

export function registerPublicFaqRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const limit = { config: { rateLimit: { max: ctx.publicRateLimit.max * 4, timeWindow: ctx.publicRateLimit.timeWindowMs } } }

  route(app, publicFaqEndpoints.publicFaq, limit, async (request, reply) => {
    const { unit } = parseOrThrow(publicFaqEndpoints.publicFaq.params, request.params, '单位')
    const rows = await ctx.db.selectFrom('records').select('data').where('entity', '=', 'faq').where('deleted', '=', 0).execute()
    const view = publicFaqOf(unit, rows.map(row => JSON.parse(row.data) as FaqRecord))
    // Public and the same for everyone, but fresh within minutes of a new answer; never indexed as staff data.
    void reply.header('cache-control', 'public, max-age=300')
    return view
  })
}
