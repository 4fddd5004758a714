// The protocol's two endpoints.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { syncEndpoints } from '../../shared/api/sync'
import { authenticate, userOf } from '../auth/authenticate'
import { parseOrThrow } from '../errors'
import { pullChanges } from '../sync/pull'
import { applyPush } from '../sync/push'
import { route } from './route'

export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: authenticate(ctx) }

  route(app, syncEndpoints.push, guard, async (request) => {
    const receivedAt = ctx.clock()
    const body = parseOrThrow(syncEndpoints.push.body, request.body, '同步内容')
    const response = await applyPush(ctx.db, ctx.catalog, userOf(request), body, receivedAt, ctx.writeHooks)
    const counts: Record<string, number> = {}
    for (const r of response.results)
      counts[r.status] = (counts[r.status] ?? 0) + 1
    request.log.info({ clientId: body.clientId, ...counts }, 'push applied')
    return response
  })

  route(app, syncEndpoints.pull, guard, async (request) => {
    const query = parseOrThrow(syncEndpoints.pull.query, request.query, '查询参数')
    return pullChanges(ctx.db, ctx.catalog, userOf(request), { cursor: Number(query.cursor), limit: query.limit, now: ctx.clock() })
  })
}
