// Public questionnaire links: a random token per link, stored only as its SHA-256, so a copy of
// the database opens no questionnaire; the same holds for each link's short code.
import { randomBytes } from 'node:crypto'
import type { Db } from '../db/schema'
import type { PublicLinkSummary } from '../../shared/api/eventLinks'
import { uuidv7 } from '../../shared/ids'
import { publicLinkShortCodePattern } from '../../shared/api/publicQuestionnaire'
import { hashToken } from '../auth/sessions'

// Crockford's base32: no I, L, O or U, so a code read off a poster cannot be mistyped into another.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const shortCodeLength = 10

/** 50 random bits: each byte gives 5 (256 is a multiple of 32, so every character is equally likely). */
export function mintShortCode(): string {
  return [...randomBytes(shortCodeLength)].map(byte => crockford[byte & 31]).join('')
}

/** What a visitor typed, read as the code it was printed as: any case, O for 0, I or L for 1. */
export function normalizeShortCode(typed: string): string {
  return typed.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1')
}

export async function createLink(db: Db, eventId: string, createdBy: string, now: number): Promise<{ id: string, token: string, shortCode: string }> {
  const token = randomBytes(32).toString('base64url')
  const id = uuidv7(now)
  // A repeat among 2^50 codes is next to impossible, but the unique index would turn it into a 500: draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const shortCode = mintShortCode()
    const shortHash = hashToken(shortCode)
    if (await db.selectFrom('public_links').select('id').where('short_hash', '=', shortHash).executeTakeFirst())
      continue
    await db.insertInto('public_links').values({ id, token_hash: hashToken(token), short_hash: shortHash, event_id: eventId, created_by: createdBy, created_at: now, revoked_at: null }).execute()
    return { id, token, shortCode }
  }
  throw new Error('no free short code for a public link after 5 draws: the random source is broken')
}

/** The link of a long token or of a short code (the two forms differ in length, so neither is mistaken for the other). */
export async function findLink(db: Db, tokenOrCode: string) {
  const query = db.selectFrom('public_links').selectAll()
  return publicLinkShortCodePattern.test(tokenOrCode)
    ? query.where('short_hash', '=', hashToken(normalizeShortCode(tokenOrCode))).executeTakeFirst()
    : query.where('token_hash', '=', hashToken(tokenOrCode)).executeTakeFirst()
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
