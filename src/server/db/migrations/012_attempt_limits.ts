// Counters for rate limits and sign-in lockouts, kept in the database so every server process
// behind a load balancer counts the same attempts.
import type { Kysely, Migration } from 'kysely'

export const attemptLimits: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('attempt_counters')
      .addColumn('key', 'text', c => c.primaryKey())
      .addColumn('window_start', 'bigint', c => c.notNull())
      .addColumn('count', 'integer', c => c.notNull())
      .execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('attempt_counters').execute()
  },
}
