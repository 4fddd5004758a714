// Liveness says the process answers; readiness says it can do its job: the database answers
// and has every migration this code expects.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { sql } from 'kysely'
import { pendingMigrations } from '../db/migrations'

export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async () => ({ status: 'ok' }))

  app.get('/api/ready', async (request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db)
      const pending = await pendingMigrations(ctx.db)
      if (pending.length)
        return reply.status(503).send({ status: 'not_ready', database: ctx.database.engine, pendingMigrations: pending })
      return { status: 'ready', database: ctx.database.engine }
    }
    catch (error) {
      request.log.warn({ err: error }, 'readiness check failed')
      return reply.status(503).send({ status: 'not_ready', database: ctx.database.engine, error: '数据库无法访问' })
    }
  })
}
