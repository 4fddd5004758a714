// Sign in, sign out, and who am I.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { type LoginResponse, loginRequestSchema } from '../../shared/auth'
import { authenticate, userOf } from '../auth/authenticate'
import { verifyAgainstDecoy, verifyPassword } from '../auth/passwords'
import { createSession, revokeSession } from '../auth/sessions'
import { findUserByUsername, toSessionUser, toStoredUser } from '../auth/users'
import { HttpError, parseOrThrow } from '../errors'

export function registerAuthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/auth/login', {
    config: {
      rateLimit: {
        max: ctx.loginRateLimit.max,
        timeWindow: ctx.loginRateLimit.timeWindowMs,
        // After parsing, so guessing one account's password is limited per account and address.
        hook: 'preHandler',
        keyGenerator: request => `${request.ip}|${String((request.body as { username?: unknown } | null)?.username ?? '')}`,
      },
    },
  }, async (request): Promise<LoginResponse> => {
    const { username, password } = parseOrThrow(loginRequestSchema, request.body, '登录信息')
    const row = await findUserByUsername(ctx.db, username)
    const valid = row ? await verifyPassword(password, row.password_hash) : await verifyAgainstDecoy(password)
    if (!row || !valid)
      throw new HttpError(401, 'invalid_credentials', '用户名或密码不正确')
    const user = toStoredUser(row)
    const { token, expiresAt } = await createSession(ctx.db, user.id, ctx.clock(), ctx.sessionTtlMs)
    request.log.info({ userId: user.id, unit: user.unit }, 'signed in')
    return { token, expiresAt, user: toSessionUser(user) }
  })

  app.post('/api/auth/logout', { preHandler: authenticate(ctx) }, async (request, reply) => {
    await revokeSession(ctx.db, request.sessionTokenHash!, ctx.clock())
    return reply.status(204).send()
  })

  app.get('/api/auth/me', { preHandler: authenticate(ctx) }, async request => ({ user: toSessionUser(userOf(request)) }))
}
