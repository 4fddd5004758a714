// Photo bytes in the database, so any server process behind a load balancer serves any photo and
// none keeps state of its own (bytea on PostgreSQL, blob on SQLite).
import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely'

export const photoBytes: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`
    await db.schema.createTable('photo_bytes')
      .addColumn('sha256', 'text', c => c.primaryKey())
      .addColumn('content', binary, c => c.notNull())
      .execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('photo_bytes').execute()
  },
}
