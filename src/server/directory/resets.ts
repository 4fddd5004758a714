// Markers for changes of who may read what that an incremental pull cannot express: the
// devices concerned drop their synced data and pull from 0 (their outbox stays).
import type { Transaction } from 'kysely'
import type { Db, Schema } from '../db/schema'
import { allocateVersions } from '../sync/recordStore'

/** Every device, whatever its unit. */
export const everyNode = '*'

/**
 * Marks the nodes in this transaction. The marker takes a fresh version, so a device that has
 * pulled past it has seen the change, and one whose cursor is below it has not.
 */
export async function markAccessReset(trx: Transaction<Schema>, nodeIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(nodeIds)]
  if (!ids.length)
    return
  const version = await allocateVersions(trx, 1)
  for (const id of ids) {
    await trx.insertInto('access_resets').values({ node_id: id, version })
      .onConflict(oc => oc.column('node_id').doUpdateSet({ version })).execute()
  }
}

/** The newest marker among the nodes, 0 when none. */
export async function newestReset(db: Db, nodeIds: string[]): Promise<number> {
  const row = await db.selectFrom('access_resets').select(eb => eb.fn.max('version').as('v'))
    .where('node_id', 'in', [everyNode, ...nodeIds]).executeTakeFirst()
  return Number(row?.v ?? 0)
}

/** The newest marker of all: pulls count it among the versions a cursor may reach. */
export async function newestAnyReset(db: Db): Promise<number> {
  const row = await db.selectFrom('access_resets').select(eb => eb.fn.max('version').as('v')).executeTakeFirst()
  return Number(row?.v ?? 0)
}
