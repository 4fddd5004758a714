// A photo opens through a record only if whoever cited it in that record could see the photo:
// they uploaded its bytes (photo_holders), or they could already open it. Citations made before
// this rule stay valid.
import { type Kysely, type Migration, sql } from 'kysely'

export const photoCitations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('photo_refs').addColumn('cited_by', 'text', c => c.notNull().defaultTo('')).execute()
    await db.schema.alterTable('photo_refs').addColumn('proven', 'integer', c => c.notNull().defaultTo(1)).execute()
    await db.schema.createTable('photo_holders')
      .addColumn('sha256', 'text', c => c.notNull())
      .addColumn('user_id', 'text', c => c.notNull())
      .addPrimaryKeyConstraint('photo_holders_pk', ['sha256', 'user_id'])
      .execute()
    await sql`insert into photo_holders (sha256, user_id) select sha256, uploaded_by from photos`.execute(db)
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('photo_holders').execute()
    await db.schema.alterTable('photo_refs').dropColumn('proven').execute()
    await db.schema.alterTable('photo_refs').dropColumn('cited_by').execute()
  },
}
