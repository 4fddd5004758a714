// An organization's published 常见问题与解答, readable without sign-in: the page a QR poster at
// the event links to. Only published entries, and of them only question, answer and topic.
import type { FastifyInstance } from 'fastify'
import type { FaqRecord } from '../../shared/records/faq'
import type { ServerContext } from '../context'
import { z } from 'zod'
import { publicFaqOf } from '../../shared/faq/publicFaq'
import { unitName } from '../../shared/records/common'
import { parseOrThrow } from '../errors'

const unitParams = z.object({ unit: unitName })

export function registerPublicFaqRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const limit = { config: { rateLimit: { max: ctx.publicRateLimit.max * 4, timeWindow: ctx.publicRateLimit.timeWindowMs } } }

  app.get('/api/public/faq/:unit', limit, async (request, reply) => {
    const { unit } = parseOrThrow(unitParams, request.params, '单位')
    const rows = await ctx.db.selectFrom('records').select('data').where('entity', '=', 'faq').where('deleted', '=', 0).execute()
    const view = publicFaqOf(unit, rows.map(row => JSON.parse(row.data) as FaqRecord))
    // Public and the same for everyone, but fresh within minutes of a new answer; never indexed as staff data.
    return reply.header('cache-control', 'public, max-age=300').send(view)
  })
}
