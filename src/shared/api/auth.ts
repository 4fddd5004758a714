// Sign in, sign out, who am I, a new password of one's own. Sessions are bearer tokens; the
// server stores only their hash.
import { z } from 'zod'
import { unitName } from '../records/common'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

export const roles = ['coordinator', 'staff'] as const
export type Role = typeof roles[number]

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
})
export type LoginRequest = z.infer<typeof loginRequestSchema>

/** The account a sign-in names, as attempts on it are counted: trimmed, width-folded, lower case. */
export function loginKeyOf(username: unknown): string {
  return typeof username === 'string' ? username.normalize('NFKC').trim().toLowerCase() : ''
}

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** A directory node id. */
  unit: unitName,
  role: z.enum(roles),
  /** Present (true) while the password is a one-time one someone else generated: ask for a new one. */
  mustChangePassword: z.boolean().optional(),
})
export type SessionUser = z.infer<typeof sessionUserSchema>

export const loginResponseSchema = z.object({
  token: z.string().min(1),
  /** Epoch ms after which the token stops working; the device keeps working offline regardless. */
  expiresAt: z.number(),
  user: sessionUserSchema,
})
export type LoginResponse = z.infer<typeof loginResponseSchema>

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(8, '密码至少 8 个字符').max(256),
}).refine(body => body.newPassword !== body.currentPassword, { path: ['newPassword'], message: '新密码不能与当前密码相同' })
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>

export const authEndpoints = {
  login: endpoint({ method: 'POST', path: apiPaths.login, access: 'public', body: loginRequestSchema, status: 200, response: loginResponseSchema }),
  logout: endpoint({ method: 'POST', path: apiPaths.logout, access: 'session', status: 204, response: null }),
  changePassword: endpoint({ method: 'POST', path: apiPaths.password, access: 'session', body: changePasswordSchema, status: 204, response: null }),
  me: endpoint({ method: 'GET', path: apiPaths.me, access: 'session', status: 200, response: z.object({ user: sessionUserSchema }) }),
}
