// Account administration for coordinators.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ServerContext } from '../context'
import { userEndpoints } from '../../shared/api/users'
import { recordAudit } from '../audit'
import { existingUser, resetPassword, setAccountActive } from '../auth/accountAdmin'
import { requireCoordinator, userOf } from '../auth/authenticate'
import { revokeUserSessions } from '../auth/sessions'
import { createUser, listUsers, UsernameTakenError } from '../auth/users'
import { HttpError, parseOrThrow } from '../errors'
import { accountUnitId } from '../directory/accountUnits'
import { coordinatorScope } from '../sync/access'
import { route } from './route'

export function registerUserRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: requireCoordinator(ctx, '只有协调员可以管理账号') }

  /** The units whose accounts this coordinator manages: their organization's subtree (null: all). */
  async function scopeOf(request: FastifyRequest): Promise<ReadonlySet<string> | null> {
    await ctx.catalog.refresh(ctx.db)
    return coordinatorScope(userOf(request), ctx.catalog)
  }

  /** An account of another organization is answered as if it did not exist. */
  async function managedUser(request: FastifyRequest, id: string): Promise<void> {
    const [user, scope] = [await existingUser(ctx.db, id), await scopeOf(request)]
    if (scope && !scope.has(user.unit))
      throw new HttpError(404, 'not_found', '没有这个账号')
  }

  route(app, userEndpoints.listUsers, guard, async request => ({ users: await listUsers(ctx.db, await scopeOf(request)) }))

  route(app, userEndpoints.createUser, guard, async (request) => {
    const parsed = parseOrThrow(userEndpoints.createUser.body, request.body, '账号信息')
    const input = { ...parsed, unit: await accountUnitId(ctx.db, parsed.unit) }
    const scope = await scopeOf(request)
    if (scope && !scope.has(input.unit))
      throw new HttpError(403, 'other_organization', '只能为本组织的单位添加账号', [{ path: 'unit', message: '这个单位不在本组织内' }])
    try {
      const { user, generatedPassword } = await createUser(ctx.db, input, ctx.clock())
      request.log.info({ userId: user.id, unit: user.unit, role: user.role }, 'user created')
      return generatedPassword ? { user, password: generatedPassword } : { user }
    }
    catch (error) {
      if (error instanceof UsernameTakenError)
        throw new HttpError(409, 'username_taken', error.message, [{ path: 'username', message: error.message }])
      throw error
    }
  })

  route(app, userEndpoints.revokeUserSessions, guard, async (request) => {
    const { id } = parseOrThrow(userEndpoints.revokeUserSessions.params, request.params, '路径参数')
    await managedUser(request, id)
    const revoked = await revokeUserSessions(ctx.db, id, ctx.clock())
    request.log.info({ userId: id, revoked }, 'sessions revoked')
    return { revoked }
  })

  route(app, userEndpoints.resetUserPassword, guard, async (request) => {
    const { id } = parseOrThrow(userEndpoints.resetUserPassword.params, request.params, '路径参数')
    await managedUser(request, id)
    const actor = userOf(request)
    const now = ctx.clock()
    const { password } = await resetPassword(ctx.db, actor.id, id, now)
    await recordAudit(ctx.db, [{ actor: actor.id, action: 'password_reset', entity: 'user', recordId: id }], now)
    // The password itself never reaches a log: it is shown once, to the coordinator who asked.
    request.log.info({ userId: id, by: actor.id }, 'password reset')
    return { password }
  })

  route(app, userEndpoints.setUserActive, guard, async (request) => {
    const { id } = parseOrThrow(userEndpoints.setUserActive.params, request.params, '路径参数')
    const { active } = parseOrThrow(userEndpoints.setUserActive.body, request.body, '账号状态')
    await managedUser(request, id)
    const actor = userOf(request)
    const now = ctx.clock()
    const user = await setAccountActive(ctx.db, actor.id, id, active, now)
    await recordAudit(ctx.db, [{ actor: actor.id, action: active ? 'account_reactivated' : 'account_deactivated', entity: 'user', recordId: id }], now)
    request.log.info({ userId: id, by: actor.id, active }, active ? 'account reactivated' : 'account deactivated')
    return { user }
  })
}
