// Liveness says the process answers; readiness says it can do its job: the database answers
// and has every migration this code expects.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { sql } from 'kysely'
import type { ResponseOf } from '../../shared/api/endpoint'
import { healthEndpoints, type Readiness } from '../../shared/api/health'
import { pendingMigrations } from '../db/migrations'
import { route } from './route'

export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  route(app, healthEndpoints.health, {}, async (): Promise<ResponseOf<typeof healthEndpoints.health>> => ({ status: 'ok' }))

  route(app, healthEndpoints.ready, {}, async (request, reply): Promise<Readiness> => {
    try {
      await sql`select 1`.execute(ctx.db)
      const pending = await pendingMigrations(ctx.db)
      if (pending.length) {
        void reply.status(503)
        return { status: 'not_ready', database: ctx.database.engine, pendingMigrations: pending }
      }
      return { status: 'ready', database: ctx.database.engine }
    }
    catch (error) {
      request.log.warn({ err: error }, 'readiness check failed')
      void reply.status(503)
      return { status: 'not_ready', database: ctx.database.engine, error: '数据库无法访问' }
    }
  })
}
