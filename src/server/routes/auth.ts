// Sign in, sign out, who am I, and a new password of one's own.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { changePasswordSchema, type LoginResponse, loginRequestSchema } from '../../shared/auth'
import { authenticate, userOf } from '../auth/authenticate'
import { verifyAgainstDecoy, verifyPassword } from '../auth/passwords'
import { createSession, revokeOtherSessions, revokeSession } from '../auth/sessions'
import { findUserByUsername, setOwnPassword, toSessionUser, toStoredUser } from '../auth/users'
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
    // A switched-off account gets the same answer as a wrong password: accounts cannot be probed.
    if (!row || !valid || row.deactivated_at !== null)
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

  app.post('/api/auth/password', {
    preHandler: authenticate(ctx),
    config: {
      rateLimit: {
        max: ctx.loginRateLimit.max,
        timeWindow: ctx.loginRateLimit.timeWindowMs,
        // A stolen session must not become a way to guess the password behind it.
        hook: 'preHandler',
        keyGenerator: request => `password|${request.user?.id ?? request.ip}`,
      },
    },
  }, async (request, reply) => {
    const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, request.body, '密码信息')
    const user = userOf(request)
    const row = await findUserByUsername(ctx.db, user.username)
    if (!row || !await verifyPassword(currentPassword, row.password_hash))
      throw new HttpError(400, 'wrong_password', '当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }])
    await setOwnPassword(ctx.db, user.id, newPassword)
    const revoked = await revokeOtherSessions(ctx.db, user.id, request.sessionTokenHash!, ctx.clock())
    request.log.info({ userId: user.id, revoked }, 'password changed')
    return reply.status(204).send()
  })

  app.get('/api/auth/me', { preHandler: authenticate(ctx) }, async request => ({ user: toSessionUser(userOf(request)) }))
}
