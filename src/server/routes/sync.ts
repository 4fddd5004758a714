// The protocol's two endpoints.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { pullQuerySchema, type PullResponse, pushRequestSchema, type PushResponse } from '../../shared/sync/protocol'
import { authenticateWithOwnPassword, userOf } from '../auth/authenticate'
import { parseOrThrow } from '../errors'
import { pullChanges } from '../sync/pull'
import { applyPush } from '../sync/push'

export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: authenticateWithOwnPassword(ctx) }

  app.post('/api/sync/push', guard, async (request): Promise<PushResponse> => {
    const receivedAt = ctx.clock()
    const body = parseOrThrow(pushRequestSchema, request.body, '同步内容')
    const response = await applyPush(ctx.db, ctx.catalog, userOf(request), body, receivedAt, ctx.writeHooks)
    const counts: Record<string, number> = {}
    for (const r of response.results)
      counts[r.status] = (counts[r.status] ?? 0) + 1
    request.log.info({ clientId: body.clientId, ...counts }, 'push applied')
    return response
  })

  app.get('/api/sync/pull', guard, async (request): Promise<PullResponse> => {
    const query = parseOrThrow(pullQuerySchema, request.query, '查询参数')
    return pullChanges(ctx.db, ctx.catalog, userOf(request), { cursor: Number(query.cursor), limit: query.limit, now: ctx.clock() })
  })
}
