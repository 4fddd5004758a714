// Accounts a coordinator switched off: kept (their records still name them) but unable to sign in.
import type { Kysely, Migration } from 'kysely'

export const accountDeactivation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('deactivated_at', 'bigint').execute()
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('users').dropColumn('deactivated_at').execute()
  },
}
