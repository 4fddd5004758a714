// Fixed-window attempt counters in the database: one statement counts an attempt and reads the
// total, atomically on both engines, so several server processes enforce one limit between them.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ServerContext } from '../context'
import { sql } from 'kysely'
import type { Db } from '../db/schema'
import { HttpError } from '../errors'

export interface Limit {
  max: number
  timeWindowMs: number
}

/** Counts one attempt under `key` and returns the attempts in the current window, this one included. */
export async function countAttempt(db: Db, key: string, limit: Limit, now: number): Promise<{ count: number, resetsAt: number }> {
  const expired = now - limit.timeWindowMs
  const { rows } = await sql<{ count: number | string, window_start: number | string }>`
    insert into attempt_counters (key, window_start, count) values (${key}, ${now}, 1)
    on conflict (key) do update set
      count = case when attempt_counters.window_start <= ${expired} then 1 else attempt_counters.count + 1 end,
      window_start = case when attempt_counters.window_start <= ${expired} then ${now} else attempt_counters.window_start end
    returning count, window_start`.execute(db)
  return { count: Number(rows[0].count), resetsAt: Number(rows[0].window_start) + limit.timeWindowMs }
}

/** The attempts counted under `key` in the current window, without counting one. */
export async function attemptsSoFar(db: Db, key: string, limit: Limit, now: number): Promise<number> {
  const row = await db.selectFrom('attempt_counters').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst()
  return row && Number(row.window_start) > now - limit.timeWindowMs ? Number(row.count) : 0
}

export function tooManyAttempts(reply: FastifyReply | null, resetsAt: number, now: number): HttpError {
  reply?.header('retry-after', String(Math.max(1, Math.ceil((resetsAt - now) / 1000))))
  return new HttpError(429, 'too_many_requests', '尝试次数过多，请稍后再试')
}

/** A route guard counting every request under the key it gives; a 429 once over the limit. */
export function limitAttempts(ctx: ServerContext, limit: () => Limit, keyOf: (request: FastifyRequest) => string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const now = ctx.clock()
    const { count, resetsAt } = await countAttempt(ctx.db, keyOf(request), limit(), now)
    if (count > limit().max)
      throw tooManyAttempts(reply, resetsAt, now)
  }
}

/** Drops counters whose window ended long ago. */
export async function pruneAttemptCounters(db: Db, olderThan: number): Promise<void> {
  await db.deleteFrom('attempt_counters').where('window_start', '<', olderThan).execute()
}
