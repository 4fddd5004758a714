// A photo may be fetched by coordinators, by whoever uploaded its bytes, and by whoever may see
// a record that cites it (and, where the entity says so, its photos: not another unit's feedback
// cards) — but only a citation by someone who could see the photo themselves counts. Citing a
// hash one has only heard of must not open the photo.
import type { Kysely } from 'kysely'
import type { Actor } from '../sync/access'
import type { Schema } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import { readerKeysOf } from '../sync/access'
import { rulesOf } from '../sync/entityRules'

async function holds(db: Kysely<Schema>, actor: Actor, sha256: string): Promise<boolean> {
  const row = await db.selectFrom('photo_holders').select('sha256').where('sha256', '=', sha256).where('user_id', '=', actor.id).executeTakeFirst()
  return row !== undefined
}

async function readsCitingRecord(db: Kysely<Schema>, catalog: PlanCatalog, actor: Actor, sha256: string): Promise<boolean> {
  await catalog.refresh(db)
  const readers = readerKeysOf(actor, catalog) ?? []
  const rows = await db.selectFrom('photo_refs')
    .innerJoin('records', join => join.onRef('records.entity', '=', 'photo_refs.entity').onRef('records.id', '=', 'photo_refs.record_id'))
    .innerJoin('record_access', join => join.onRef('record_access.entity', '=', 'photo_refs.entity').onRef('record_access.record_id', '=', 'photo_refs.record_id'))
    .select(['photo_refs.entity', 'records.data'])
    .where('photo_refs.sha256', '=', sha256)
    .where('photo_refs.proven', '=', 1)
    .where('records.deleted', '=', 0)
    .where('records.version', '>', 0)
    .where('record_access.visible', '=', 1)
    .where('record_access.reader', 'in', readers)
    .limit(50)
    .execute()
  return rows.some(row => rulesOf(row.entity).photosVisibleTo?.(JSON.parse(row.data), actor) ?? true)
}

export async function mayReadPhoto(db: Kysely<Schema>, catalog: PlanCatalog, actor: Actor, sha256: string): Promise<boolean> {
  if (actor.role === 'coordinator')
    return true
  return await holds(db, actor, sha256) || await readsCitingRecord(db, catalog, actor, sha256)
}

/** Of the hashes a write cites, those its writer could see: only their citations open a photo to others. */
export async function photosSeenBy(db: Kysely<Schema>, catalog: PlanCatalog, actor: Actor, hashes: Iterable<string>): Promise<Set<string>> {
  const seen = new Set<string>()
  for (const sha256 of new Set(hashes)) {
    if (await mayReadPhoto(db, catalog, actor, sha256))
      seen.add(sha256)
  }
  return seen
}

/** An upload proves its uploader holds the bytes: their citations, earlier or later, now count. */
export async function recordHolder(db: Kysely<Schema>, sha256: string, userId: string): Promise<void> {
  await db.insertInto('photo_holders').values({ sha256, user_id: userId }).onConflict(oc => oc.doNothing()).execute()
  await db.updateTable('photo_refs').set({ proven: 1 }).where('sha256', '=', sha256).where('cited_by', '=', userId).where('proven', '=', 0).execute()
}
