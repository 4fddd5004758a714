// Bearer-token guards for routes: 401 when we do not know who is asking, 403 when we do and
// the answer is no.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorCode } from '../../shared/api/errors'
import type { ServerContext } from '../context'
import type { StoredUser } from './users'
import { HttpError } from '../errors'
import { findSession } from './sessions'

declare module 'fastify' {
  interface FastifyRequest {
    user: StoredUser | null
    sessionTokenHash: string | null
  }
}

const problems: Record<string, { code: ErrorCode, message: string }> = {
  unknown: { code: 'invalid_token', message: '登录凭证无效，请重新登录' },
  expired: { code: 'session_expired', message: '登录已过期，请重新登录' },
  revoked: { code: 'session_revoked', message: '登录已被注销，请重新登录' },
}

export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
  return match?.[1] ?? null
}

/**
 * Who is asking, even on a one-time password someone else generated: for the routes that person needs
 * before setting their own (who am I, change my password, sign out). Every other route: authenticate.
 */
export function authenticateSession(ctx: ServerContext) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = bearerToken(request)
    if (!token)
      throw new HttpError(401, 'unauthenticated', '请先登录')
    const found = await findSession(ctx.db, token, ctx.clock())
    if (!found.ok)
      throw new HttpError(401, problems[found.problem].code, problems[found.problem].message)
    request.user = found.user
    request.sessionTokenHash = found.tokenHash
  }
}

/**
 * Who is asking, who must have set their own password: an account still on a one-time password someone
 * else generated (printed by the admin command, or handed over after a reset) may only set its own, or
 * that password would open syncing, photos, accounts and the directory indefinitely.
 */
export function authenticate(ctx: ServerContext) {
  const signedIn = authenticateSession(ctx)
  return async (request: FastifyRequest, reply: FastifyReply) => {
    await signedIn(request, reply)
    if (request.user?.mustChangePassword)
      throw new HttpError(403, 'password_change_required', '请先修改初始密码，再继续使用')
  }
}

/** `refusal`: what staff are told they may not do, in the words of the screen they tried it from. */
export function requireCoordinator(ctx: ServerContext, refusal: string) {
  const signedIn = authenticate(ctx)
  return async (request: FastifyRequest, reply: FastifyReply) => {
    await signedIn(request, reply)
    if (request.user?.role !== 'coordinator')
      throw new HttpError(403, 'forbidden', refusal)
  }
}

/** The signed-in user of a route guarded by authenticate. */
export function userOf(request: FastifyRequest): StoredUser {
  if (!request.user)
    throw new HttpError(401, 'unauthenticated', '请先登录')
  return request.user
}
