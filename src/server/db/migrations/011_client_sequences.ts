// Which sequence numbers of each device the server has received, as ranges: a lower number that
// was never received is applied, not acknowledged unseen. Existing devices are taken to have
// sent everything up to their last number, as the server assumed until now.
import type { Kysely, Migration } from 'kysely'

export const clientSequences: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('clients').addColumn('seen_seqs', 'text').execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('clients').dropColumn('seen_seqs').execute()
  },
}
