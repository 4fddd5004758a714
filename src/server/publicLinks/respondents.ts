// One response per device and event: the device's key from the page and the one in its cookie
// are both remembered, so clearing either alone does not open a second response.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Transaction } from 'kysely'
import type { Db, Schema } from '../db/schema'
import { respondentKeySchema } from '../../shared/records/questionnaireResponse'

const cookieName = 'kfr_respondent'
const yearSeconds = 365 * 24 * 3600

/** The respondent key in the request's cookie, if a well-formed one is there. */
export function cookieKey(request: FastifyRequest): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName) {
      const parsed = respondentKeySchema.safeParse(decodeURIComponent(value.join('=')))
      return parsed.success ? parsed.data : null
    }
  }
  return null
}

export function setCookieKey(request: FastifyRequest, reply: FastifyReply, key: string): void {
  const secure = request.protocol === 'https' ? '; Secure' : ''
  reply.header('set-cookie', `${cookieName}=${key}; Path=/api/public; Max-Age=${yearSeconds}; HttpOnly; SameSite=Lax${secure}`)
}

export async function hasAnswered(db: Db, eventId: string, keys: string[]): Promise<boolean> {
  if (!keys.length)
    return false
  const row = await db.selectFrom('public_respondents').select('respondent_key')
    .where('event_id', '=', eventId).where('respondent_key', 'in', keys).limit(1).executeTakeFirst()
  return !!row
}

/**
 * Takes the keys for this response inside its transaction; false when any was taken before. The
 * primary key decides between two submissions at once, on any number of servers.
 */
export async function claimKeys(trx: Transaction<Schema>, eventId: string, keys: string[], responseId: string, now: number): Promise<boolean> {
  const taken = await trx.insertInto('public_respondents')
    .values(keys.map(key => ({ event_id: eventId, respondent_key: key, response_id: responseId, created_at: now })))
    .onConflict(oc => oc.columns(['event_id', 'respondent_key']).doNothing())
    .returning('respondent_key')
    .execute()
  return taken.length === keys.length
}
