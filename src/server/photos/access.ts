// A photo may be fetched by whoever may see a record that refers to it (and, where the entity
// says so, its photos: not another unit's feedback cards), by its uploader and by coordinators.
import type { Actor } from '../sync/access'
import type { Db } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import { readerKeysOf } from '../sync/access'
import { rulesOf } from '../sync/entityRules'

export async function mayReadPhoto(db: Db, catalog: PlanCatalog, actor: Actor, sha256: string, uploadedBy: string): Promise<boolean> {
  if (actor.role === 'coordinator' || uploadedBy === actor.id)
    return true
  await catalog.refresh(db)
  const readers = readerKeysOf(actor, catalog) ?? []
  const rows = await db.selectFrom('photo_refs')
    .innerJoin('records', join => join.onRef('records.entity', '=', 'photo_refs.entity').onRef('records.id', '=', 'photo_refs.record_id'))
    .innerJoin('record_access', join => join.onRef('record_access.entity', '=', 'photo_refs.entity').onRef('record_access.record_id', '=', 'photo_refs.record_id'))
    .select(['photo_refs.entity', 'records.data'])
    .where('photo_refs.sha256', '=', sha256)
    .where('records.deleted', '=', 0)
    .where('records.version', '>', 0)
    .where('record_access.visible', '=', 1)
    .where('record_access.reader', 'in', readers)
    .limit(50)
    .execute()
  return rows.some(row => rulesOf(row.entity).photosVisibleTo?.(JSON.parse(row.data), actor) ?? true)
}
