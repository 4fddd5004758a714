// Sign in, sign out, who am I, and a new password of one's own.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { authEndpoints, loginKeyOf } from '../../shared/api/auth'
import { attemptsSoFar, countAttempt, limitAttempts, tooManyAttempts } from '../auth/attemptLimits'
import { authenticateSession, userOf } from '../auth/authenticate'
import { verifyAgainstDecoy, verifyPassword } from '../auth/passwords'
import { createSession, revokeOtherSessions, revokeSession } from '../auth/sessions'
import { findUserByUsername, setOwnPassword, toSessionUser, toStoredUser } from '../auth/users'
import { HttpError, parseOrThrow } from '../errors'
import { guessablePassword } from '../../shared/passwordStrength'
import { route } from './route'

export function registerAuthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Counted per address and account (the account named as it is looked up, so spaces or letter
  // case do not open a fresh count), and failures per address across all accounts, so trying one
  // common password on many accounts is limited too. In the database: every process counts alike.
  const perAccount = limitAttempts(ctx, () => ctx.loginRateLimit, request => `login|${request.ip}|${loginKeyOf((request.body as { username?: unknown } | null)?.username)}`)
  const sprayKey = (ip: string) => `login-failures|${ip}`

  route(app, authEndpoints.login, { preHandler: perAccount }, async (request, reply) => {
    const now = ctx.clock()
    if (await attemptsSoFar(ctx.db, sprayKey(request.ip), ctx.loginSprayLimit, now) >= ctx.loginSprayLimit.max)
      throw tooManyAttempts(reply, now + ctx.loginSprayLimit.timeWindowMs, now)
    const { username, password } = parseOrThrow(authEndpoints.login.body, request.body, '登录信息')
    const row = await findUserByUsername(ctx.db, username)
    const valid = row ? await verifyPassword(password, row.password_hash) : await verifyAgainstDecoy(password)
    // A switched-off account gets the same answer as a wrong password: accounts cannot be probed.
    if (!row || !valid || row.deactivated_at !== null) {
      await countAttempt(ctx.db, sprayKey(request.ip), ctx.loginSprayLimit, now)
      throw new HttpError(401, 'invalid_credentials', '用户名或密码不正确')
    }
    const user = toStoredUser(row)
    const { token, expiresAt } = await createSession(ctx.db, user.id, now, ctx.sessionTtlMs)
    request.log.info({ userId: user.id, unit: user.unit }, 'signed in')
    return { token, expiresAt, user: toSessionUser(user) }
  })

  route(app, authEndpoints.logout, { preHandler: authenticateSession(ctx) }, async (request, reply) => {
    await revokeSession(ctx.db, request.sessionTokenHash!, ctx.clock())
    return reply.send()
  })

  route(app, authEndpoints.changePassword, {
    // A stolen session must not become a way to guess the password behind it.
    preHandler: [authenticateSession(ctx), limitAttempts(ctx, () => ctx.loginRateLimit, request => `password|${request.user?.id ?? request.ip}`)],
  }, async (request, reply) => {
    const { currentPassword, newPassword } = parseOrThrow(authEndpoints.changePassword.body, request.body, '密码信息')
    const user = userOf(request)
    const row = await findUserByUsername(ctx.db, user.username)
    if (!row || !await verifyPassword(currentPassword, row.password_hash))
      throw new HttpError(400, 'wrong_password', '当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }])
    if (guessablePassword(newPassword, [user.username, user.displayName]))
      throw new HttpError(400, 'weak_password', '新密码太容易被猜到', [{ path: 'newPassword', message: '新密码太常见，或含有用户名、姓名，请换一个' }])
    await setOwnPassword(ctx.db, user.id, newPassword)
    const revoked = await revokeOtherSessions(ctx.db, user.id, request.sessionTokenHash!, ctx.clock())
    request.log.info({ userId: user.id, revoked }, 'password changed')
    return reply.send()
  })

  route(app, authEndpoints.me, { preHandler: authenticateSession(ctx) }, async request => ({ user: toSessionUser(userOf(request)) }))
}
