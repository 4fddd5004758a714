// Sessions are random bearer tokens. Only their SHA-256 is stored, so a copy of the
// database cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/schema'
import { type StoredUser, toStoredUser } from './users'

export const defaultSessionTtlMs = 30 * 24 * 3600 * 1000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createSession(db: Db, userId: string, now: number, ttlMs: number): Promise<{ token: string, expiresAt: number }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = now + ttlMs
  await db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, created_at: now, expires_at: expiresAt, revoked_at: null }).execute()
  return { token, expiresAt }
}

export type SessionLookup
  = | { ok: true, user: StoredUser, tokenHash: string }
    | { ok: false, problem: 'unknown' | 'expired' | 'revoked' }

export async function findSession(db: Db, token: string, now: number): Promise<SessionLookup> {
  const tokenHash = hashToken(token)
  const row = await db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.expires_at', 'sessions.revoked_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst()
  if (!row)
    return { ok: false, problem: 'unknown' }
  // Also checked here, not only by revoking: a sign-in racing the switch-off may have made a new one.
  if (row.revoked_at !== null || row.deactivated_at !== null)
    return { ok: false, problem: 'revoked' }
  if (row.expires_at <= now)
    return { ok: false, problem: 'expired' }
  return { ok: true, user: toStoredUser(row), tokenHash }
}

export async function revokeSession(db: Db, tokenHash: string, now: number): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute()
}

export async function revokeUserSessions(db: Db, userId: string, now: number): Promise<number> {
  const result = await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** After a password change: every other device signs in again with the new one. */
export async function revokeOtherSessions(db: Db, userId: string, keepTokenHash: string, now: number): Promise<number> {
  const result = await db.updateTable('sessions').set({ revoked_at: now })
    .where('user_id', '=', userId).where('token_hash', '!=', keepTokenHash).where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
