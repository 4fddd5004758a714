// Public questionnaire links: a random token per link, stored only as its SHA-256, so a copy of
// the database opens no questionnaire.
import { randomBytes } from 'node:crypto'
import type { Db } from '../db/schema'
import type { PublicLinkSummary } from '../../shared/api/eventLinks'
import { uuidv7 } from '../../shared/ids'
import { hashToken } from '../auth/sessions'

export async function createLink(db: Db, eventId: string, createdBy: string, now: number): Promise<{ id: string, token: string }> {
  const token = randomBytes(32).toString('base64url')
  const id = uuidv7(now)
  await db.insertInto('public_links').values({ id, token_hash: hashToken(token), event_id: eventId, created_by: createdBy, created_at: now, revoked_at: null }).execute()
  return { id, token }
}

export async function findLink(db: Db, token: string) {
  return db.selectFrom('public_links').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst()
}

export async function openLinks(db: Db, eventId: string): Promise<PublicLinkSummary[]> {
  const rows = await db.selectFrom('public_links').select(['id', 'created_at', 'created_by'])
    .where('event_id', '=', eventId).where('revoked_at', 'is', null).orderBy('created_at').execute()
  return rows.map(row => ({ id: row.id, createdAt: row.created_at, createdBy: row.created_by }))
}

export async function revokeLinks(db: Db, eventId: string, now: number): Promise<number> {
  const result = await db.updateTable('public_links').set({ revoked_at: now })
    .where('event_id', '=', eventId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}
