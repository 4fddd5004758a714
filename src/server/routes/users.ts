// Account administration for coordinators.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { z } from 'zod'
import { newUserSchema } from '../../shared/auth'
import { requireCoordinator } from '../auth/authenticate'
import { revokeUserSessions } from '../auth/sessions'
import { createUser, findUserById, listUsers, UsernameTakenError } from '../auth/users'
import { HttpError, parseOrThrow } from '../errors'

const userIdParams = z.object({ id: z.string().min(1).max(100) })

export function registerUserRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: requireCoordinator(ctx) }

  app.get('/api/users', guard, async () => ({ users: await listUsers(ctx.db) }))

  app.post('/api/users', guard, async (request, reply) => {
    const input = parseOrThrow(newUserSchema, request.body, '账号信息')
    try {
      const { user, generatedPassword } = await createUser(ctx.db, input, ctx.clock())
      request.log.info({ userId: user.id, unit: user.unit, role: user.role }, 'user created')
      return reply.status(201).send(generatedPassword ? { user, password: generatedPassword } : { user })
    }
    catch (error) {
      if (error instanceof UsernameTakenError)
        throw new HttpError(409, 'username_taken', error.message, [{ path: 'username', message: error.message }])
      throw error
    }
  })

  app.delete('/api/users/:id/sessions', guard, async (request) => {
    const { id } = parseOrThrow(userIdParams, request.params, '路径参数')
    if (!await findUserById(ctx.db, id))
      throw new HttpError(404, 'not_found', '没有这个账号')
    const revoked = await revokeUserSessions(ctx.db, id, ctx.clock())
    request.log.info({ userId: id, revoked }, 'sessions revoked')
    return { revoked }
  })
}
