// The history of a record: values that lost a conflict or were replaced, for whoever may read it.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { historyEndpoints } from '../../shared/api/history'
import { authenticate, userOf } from '../auth/authenticate'
import { HttpError, parseOrThrow } from '../errors'
import { recordHistory } from '../sync/history'
import { route } from './route'

export function registerHistoryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  route(app, historyEndpoints.history, { preHandler: authenticate(ctx) }, async (request, reply) => {
    const { entity, id } = parseOrThrow(historyEndpoints.history.params, request.params, '路径参数')
    const found = await recordHistory(ctx.db, ctx.catalog, userOf(request), entity, id)
    if (!found.found)
      throw new HttpError(404, 'not_found', '没有这条记录')
    if (!found.readable)
      throw new HttpError(403, 'forbidden', '无权查看这条记录的历史')
    void reply.header('cache-control', 'no-store')
    return { entity, id, entries: found.entries }
  })
}
