// Photo bytes on the device beyond the ones it took: photos recorded on other phones, fetched
// from the server when first shown, and the space freed once a photo is on the server and no
// record on this device cites it any more.
import type { PhotoRow } from './schema'
import { type AppDB, db } from './database'
import { type RecordEntity, tableOf } from './syncedTables'

/** Entities whose records cite a photo in their `photo` field (tests check this against the schemas). */
export const photoCitingEntities = ['evidence', 'eventPhoto', 'feedback'] as const satisfies RecordEntity[]

/**
 * Keeps a photo fetched from the server, with its thumbnail, as already uploaded: it is never
 * sent back, and it may be freed like any uploaded photo. A photo already here is left alone.
 */
export function cachePhoto(row: Omit<PhotoRow, 'uploaded'>, database: AppDB = db): Promise<void> {
  return database.transaction('rw', database.photos, async () => {
    if (!(await database.photos.get(row.sha256)))
      await database.photos.add({ ...row, uploaded: 1 })
  })
}

function citedPhoto(data: unknown): string | null {
  const sha256 = (data as { photo?: { sha256?: unknown } | null } | undefined)?.photo?.sha256
  return typeof sha256 === 'string' ? sha256 : null
}

/**
 * Frees the bytes of photos the server holds that no record and no queued change on this
 * device cites (their evidence was removed, here or on another phone). Photos not yet
 * uploaded are always kept: they exist nowhere else. Returns how many were freed.
 */
export function pruneUnreferencedPhotos(database: AppDB = db): Promise<number> {
  const citing = photoCitingEntities.map(entity => tableOf(database, entity))
  return database.transaction('rw', [database.photos, database.outbox, ...citing], async () => {
    const candidates = await database.photos.where('uploaded').equals(1).primaryKeys()
    if (!candidates.length)
      return 0
    const cited = new Set<string>()
    const cite = (data: unknown) => {
      const sha256 = citedPhoto(data)
      if (sha256)
        cited.add(sha256)
    }
    // A rejected change still cites its photo: it is shown and may be exported with it.
    await database.outbox.each(entry => cite(entry.data))
    for (const table of citing)
      await table.each(cite)
    const unreferenced = candidates.filter(sha256 => !cited.has(sha256))
    await database.photos.bulkDelete(unreferenced)
    return unreferenced.length
  })
}
