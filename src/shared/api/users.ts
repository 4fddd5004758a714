// Account administration for coordinators: list, add, reset to a one-time password, sign out,
// switch off and on.
import { z } from 'zod'
import { unitName } from '../records/common'
import { roles, sessionUserSchema } from './auth'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

/** `unit`: a directory node id (a unit's name, short name or alias is also accepted and resolved). */
export const newUserSchema = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[\w.\-]+$/, '只能包含字母、数字、点、连字符和下划线'),
  displayName: z.string().trim().min(1).max(64),
  unit: unitName,
  role: z.enum(roles),
  password: z.string().min(8).max(256).optional(),
})
export type NewUser = z.infer<typeof newUserSchema>

/** An account as GET /api/users lists it for coordinators. */
export const listedUserSchema = sessionUserSchema.extend({
  /** The unit's name in the directory (`unit` is its node id), when the directory lists it. */
  unitName: z.string().optional(),
  createdAt: z.number(),
  active: z.boolean(),
  /** Epoch ms when a coordinator switched the account off; null while it is active. */
  deactivatedAt: z.number().nullable(),
})
export type ListedUser = z.infer<typeof listedUserSchema>

/**
 * PATCH /api/users/:id: switches an account off or on again. Strict, because unit and role are
 * not changed here (what a user may pull depends on the unit).
 */
export const accountStatusSchema = z.object({ active: z.boolean() }).strict()
export type AccountStatus = z.infer<typeof accountStatusSchema>

export const userIdParams = z.object({ id: z.string().min(1).max(100) })

export const createdUserSchema = z.object({
  user: listedUserSchema,
  /** The generated one-time password, present when none was given; shown once. */
  password: z.string().optional(),
})
export type CreatedUser = z.infer<typeof createdUserSchema>

/** POST /api/users/:id/password-reset: the new one-time password, shown once. */
export const passwordResetResponseSchema = z.object({ password: z.string().min(1) })
export type PasswordResetResponse = z.infer<typeof passwordResetResponseSchema>

export const userEndpoints = {
  listUsers: endpoint({ method: 'GET', path: apiPaths.users, access: 'coordinator', status: 200, response: z.object({ users: z.array(listedUserSchema) }) }),
  createUser: endpoint({ method: 'POST', path: apiPaths.users, access: 'coordinator', body: newUserSchema, status: 201, response: createdUserSchema }),
  revokeUserSessions: endpoint({ method: 'DELETE', path: apiPaths.userSessions, access: 'coordinator', params: userIdParams, status: 200, response: z.object({ revoked: z.number().int().nonnegative() }) }),
  resetUserPassword: endpoint({ method: 'POST', path: apiPaths.userPasswordReset, access: 'coordinator', params: userIdParams, status: 200, response: passwordResetResponseSchema }),
  setUserActive: endpoint({ method: 'PATCH', path: apiPaths.user, access: 'coordinator', params: userIdParams, body: accountStatusSchema, status: 200, response: z.object({ user: listedUserSchema }) }),
}
