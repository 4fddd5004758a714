// An organization's published 常见问题与解答, readable without sign-in: the page a QR poster at
// the event links to. Only published entries, and of them only question, answer and topic.
import type { FastifyInstance } from 'fastify'
import type { FaqRecord } from '../../shared/records/faq'
import type { ServerContext } from '../context'
import type { PlanCatalog } from '../sync/planCatalog'
import { publicFaqEndpoints } from '../../shared/api/publicFaq'
import { publicFaqOf } from '../../shared/faq/publicFaq'
import { organizationOf } from '../../shared/units/directory'
import { HttpError, parseOrThrow } from '../errors'
import { route } from './route'

/**
 * Whether an entry is on the page of this unit's organization: an entry with an owner belongs to
 * that organization alone; an older one without, to its unit's organization (or, a unit the
 * directory does not know, to that unit as written).
 */
function belongsTo(unit: string, catalog: PlanCatalog): (entry: FaqRecord) => boolean {
  const directory = catalog.directory
  const organizationOfUnit = (id: string) => catalog.knows(id) ? organizationOf(directory, id)?.id : undefined
  const organization = organizationOfUnit(unit)
  return (entry) => {
    if (entry.owner)
      return entry.owner === organization
    return organization ? organizationOfUnit(entry.unit) === organization : entry.unit === unit
  }
}

export function registerPublicFaqRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const limit = { config: { rateLimit: { max: ctx.publicRateLimit.max * 4, timeWindow: ctx.publicRateLimit.timeWindowMs } } }

  route(app, publicFaqEndpoints.publicFaq, limit, async (request, reply) => {
    const { unit } = parseOrThrow(publicFaqEndpoints.publicFaq.params, request.params, '单位')
    await ctx.catalog.refresh(ctx.db)
    const organization = ctx.catalog.knows(unit) ? organizationOf(ctx.catalog.directory, unit) : undefined
    const rows = await ctx.db.selectFrom('records').select('data').where('entity', '=', 'faq').where('deleted', '=', 0).where('version', '>', 0).execute()
    const page = { unit, name: organization?.name ?? unit }
    const view = publicFaqOf(page, rows.map(row => JSON.parse(row.data) as FaqRecord), belongsTo(unit, ctx.catalog))
    // A link can name any text, which the page would show as an organization's heading: a name no
    // unit of the directory has, with nothing published under it, is no page. (Without a directory,
    // an older server's, every name is taken as written.)
    if (!organization && !view.entries.length && ctx.catalog.directory.nodes.size > 0)
      throw new HttpError(404, 'not_found', '没有这个单位的常见问题页面，请核对链接')
    // Public and the same for everyone, and asked again on every visit: a coordinator who has just
    // published an answer opens the page to check it (with max-age=300 the browser showed the page
    // it had read before, without the answer, for five minutes).
    void reply.header('cache-control', 'public, no-cache')
    return view
  })
}
