// A short code beside each public questionnaire link, for a poster's address a visitor can type:
// stored, like the token, only as its hash. Links opened before have none and keep their long form.
import type { Kysely, Migration } from 'kysely'

export const publicLinkShortCodes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('public_links').addColumn('short_hash', 'text').execute()
    await db.schema.createIndex('public_links_short_hash').unique().on('public_links').column('short_hash').execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('public_links_short_hash').execute()
    await db.schema.alterTable('public_links').dropColumn('short_hash').execute()
  },
}
