// A fingerprint of each change a device sent, by its sequence number: a resent number with other
// content was never stored, so it must hear a rejection, not 'duplicate'. Housekeeping drops
// fingerprints after a retention time; an older number is taken as the resend it almost surely is.
import type { Kysely, Migration } from 'kysely'

export const receivedMutations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('received_mutations')
      .addColumn('client_id', 'text', c => c.notNull())
      .addColumn('seq', 'bigint', c => c.notNull())
      .addColumn('fingerprint', 'text', c => c.notNull())
      .addColumn('received_at', 'bigint', c => c.notNull())
      .addPrimaryKeyConstraint('received_mutations_pk', ['client_id', 'seq'])
      .execute()
    await db.schema.createIndex('received_mutations_received_at').on('received_mutations').column('received_at').execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('received_mutations').execute()
  },
}
