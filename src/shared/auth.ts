// Accounts as both sides see them. Sessions are bearer tokens; the server stores only their hash.
import { z } from 'zod'
import { unitName } from './records/common'

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

export interface SessionUser {
  id: string
  username: string
  displayName: string
  unit: string
  role: Role
  /** Present (true) while the password is a one-time one someone else generated: ask for a new one. */
  mustChangePassword?: boolean
}

export interface LoginResponse {
  token: string
  /** Epoch ms after which the token stops working; the device keeps working offline regardless. */
  expiresAt: number
  user: SessionUser
}

/** `unit`: a directory node id (a unit's name, short name or alias is also accepted and resolved). */
export const newUserSchema = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[\w.\-]+$/, 'letters, digits, dot, dash and underscore only'),
  displayName: z.string().trim().min(1).max(64),
  unit: unitName,
  role: z.enum(roles),
  password: z.string().min(8).max(256).optional(),
})
export type NewUser = z.infer<typeof newUserSchema>

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(8, 'a password needs at least 8 characters').max(256),
}).refine(body => body.newPassword !== body.currentPassword, { path: ['newPassword'], message: 'the new password must differ from the current one' })
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>

/** An account as GET /api/users lists it for coordinators. */
export interface ListedUser extends SessionUser {
  /** The unit's name in the directory (`unit` is its node id), when the directory lists it. */
  unitName?: string
  createdAt: number
  active: boolean
  /** Epoch ms when a coordinator switched the account off; null while it is active. */
  deactivatedAt: number | null
}

/**
 * PATCH /api/users/:id: switches an account off or on again. Strict, because unit and role are
 * not changed here (what a user may pull depends on the unit).
 */
export const accountStatusSchema = z.object({ active: z.boolean() }).strict()
export type AccountStatus = z.infer<typeof accountStatusSchema>

/** POST /api/users/:id/password-reset: the new one-time password, shown once. */
export interface PasswordResetResponse {
  password: string
}
