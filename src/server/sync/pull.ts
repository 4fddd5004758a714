// A pull: what changed after the cursor that this user may see, in version (= commit) order,
// with tombstones for deleted records and for records the user can no longer see, each record
// as this user may receive it (contact details of other units' feedback withheld).
import { type ExpressionBuilder, sql } from 'kysely'
import type { Change, PullResponse } from '../../shared/sync/protocol'
import type { Db, Schema } from '../db/schema'
import type { Actor } from './access'
import type { PlanCatalog } from './planCatalog'
import { newestAnyReset, newestReset } from '../directory/resets'
import { directoryVersion } from '../directory/store'
import { readerKeysOf, resetNodesOf } from './access'
import { viewFor } from './entityRules'

interface PullOptions {
  cursor: number
  limit: number
  now: number
}

/** 1 if one of the keys may read the record now, 0 if one could before, null if none ever could. */
function accessFor(readers: string[] | null) {
  return (eb: ExpressionBuilder<Schema, 'records'>) => readers === null
    ? sql<number | null>`1`.as('access')
    : eb.selectFrom('record_access')
        .select(e => e.fn.max('record_access.visible').as('visible'))
        .whereRef('record_access.entity', '=', 'records.entity')
        .whereRef('record_access.record_id', '=', 'records.id')
        .where('record_access.reader', 'in', readers)
        .$castTo<number | null>()
        .as('access')
}

export async function pullChanges(db: Db, catalog: PlanCatalog, actor: Actor, options: PullOptions): Promise<PullResponse> {
  const { limit, now } = options
  await catalog.refresh(db)
  const readers = readerKeysOf(actor, catalog)
  // Every version up to the newest committed one is itself committed (versions are taken in
  // commit order), so a page that ends short may move the cursor up to it.
  const newest = await db.selectFrom('records').select(eb => eb.fn.max('version').as('v')).executeTakeFirstOrThrow()
  // Reset markers take versions of their own, so a device that pulls past one has a cursor at it.
  const ceiling = Math.max(Number(newest.v ?? 0), await newestAnyReset(db))
  // A cursor beyond anything stored comes from a database since restored or replaced: start over.
  const cursor = options.cursor > ceiling ? 0 : options.cursor
  if (cursor > 0 && await newestReset(db, resetNodesOf(actor, catalog)) > cursor)
    return { changes: [], cursor: '0', more: true, serverTime: now, reset: true, directoryVersion: await directoryVersion(db) }
  const rows = await db.selectFrom(
    db.selectFrom('records')
      .select(['entity', 'id', 'version', 'deleted', 'data'])
      .select(accessFor(readers))
      .where('version', '>', cursor)
      .where('version', '<=', ceiling)
      .as('candidates'),
  )
    .selectAll()
    .where('access', 'is not', null)
    .orderBy('version')
    .limit(limit + 1)
    .execute()

  const more = rows.length > limit
  const page = rows.slice(0, limit)
  const changes: Change[] = page.map((row) => {
    const gone = row.deleted === 1 || row.access === 0
    return { entity: row.entity, id: row.id, version: String(row.version), deleted: gone, data: gone ? null : viewFor(row.entity, JSON.parse(row.data), actor) }
  })
  const next = more ? page[page.length - 1].version : ceiling
  return { changes, cursor: String(next), more, serverTime: now, directoryVersion: await directoryVersion(db) }
}
