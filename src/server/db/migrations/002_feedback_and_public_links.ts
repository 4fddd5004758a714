// Issue 5 on the server: contact erasure, an audit log, public questionnaire links, and
// accounts that must change a password someone else generated.
import { type Kysely, type Migration, sql } from 'kysely'
import { hasContact } from '../../../shared/feedback/contact'

// Items recorded before this migration join the erasure queue like any written later.
async function queueExistingFeedback(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: string, deleted: number, data: string }>`select id, deleted, data from records where entity = 'feedback' and version > 0`.execute(db)
  for (const row of rows) {
    const item = JSON.parse(row.data)
    if (item.contactErasedAt != null || !hasContact({ nameMasked: item.nameMasked ?? null, phoneMasked: item.phoneMasked ?? null }))
      continue
    const since = row.deleted ? 0 : item.closedAt
    if (since != null)
      await sql`insert into contact_erasure_queue (record_id, closed_at) values (${row.id}, ${since})`.execute(db)
  }
}

export const feedbackAndPublicLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users')
      .addColumn('must_change_password', 'integer', c => c.notNull().defaultTo(0))
      .execute()

    await db.schema.createTable('contact_erasure_queue')
      .addColumn('record_id', 'text', c => c.primaryKey())
      .addColumn('closed_at', 'bigint', c => c.notNull())
      .execute()
    await db.schema.createIndex('contact_erasure_queue_closed').on('contact_erasure_queue').column('closed_at').execute()

    await db.schema.createTable('audit_log')
      .addColumn('id', 'text', c => c.primaryKey())
      .addColumn('at', 'bigint', c => c.notNull())
      .addColumn('actor', 'text', c => c.notNull())
      .addColumn('action', 'text', c => c.notNull())
      .addColumn('entity', 'text')
      .addColumn('record_id', 'text')
      .addColumn('detail', 'text', c => c.notNull())
      .execute()
    await db.schema.createIndex('audit_log_record').on('audit_log').columns(['entity', 'record_id']).execute()

    await db.schema.createTable('public_links')
      .addColumn('id', 'text', c => c.primaryKey())
      .addColumn('token_hash', 'text', c => c.notNull().unique())
      .addColumn('event_id', 'text', c => c.notNull())
      .addColumn('created_by', 'text', c => c.notNull())
      .addColumn('created_at', 'bigint', c => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute()
    await db.schema.createIndex('public_links_event').on('public_links').column('event_id').execute()

    await db.schema.createTable('public_respondents')
      .addColumn('event_id', 'text', c => c.notNull())
      .addColumn('respondent_key', 'text', c => c.notNull())
      .addColumn('response_id', 'text', c => c.notNull())
      .addColumn('created_at', 'bigint', c => c.notNull())
      .addPrimaryKeyConstraint('public_respondents_pk', ['event_id', 'respondent_key'])
      .execute()

    await queueExistingFeedback(db)
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['public_respondents', 'public_links', 'audit_log', 'contact_erasure_queue'])
      await db.schema.dropTable(table).execute()
    await db.schema.alterTable('users').dropColumn('must_change_password').execute()
  },
}
