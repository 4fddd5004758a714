// Where photo bytes live: in the database (both engines, so several server processes share them),
// with an older release's photo directory still read; another backend (object storage) only has
// to implement these four calls.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../db/schema'

export interface PhotoStorage {
  has: (sha256: string) => Promise<boolean>
  /** Idempotent: storing the same bytes twice leaves one copy. */
  put: (sha256: string, bytes: Buffer) => Promise<void>
  get: (sha256: string) => Promise<Buffer | null>
  describe: () => string
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function diskPhotoStorage(root: string): PhotoStorage {
  // Two levels of fan-out keep directories small on a city's worth of photos.
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
  return {
    async has(sha256) {
      return stat(pathOf(sha256)).then(() => true, () => false)
    },
    async put(sha256, bytes) {
      const target = pathOf(sha256)
      await mkdir(join(target, '..'), { recursive: true })
      // Written aside and renamed, so a crash never leaves a half photo under its hash.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
      await writeFile(temporary, bytes)
      await rename(temporary, target)
    },
    async get(sha256) {
      return readFile(pathOf(sha256)).catch(() => null)
    },
    describe: () => root,
  }
}

export function databasePhotoStorage(db: Db): PhotoStorage {
  return {
    async has(sha256) {
      return (await db.selectFrom('photo_bytes').select('sha256').where('sha256', '=', sha256).executeTakeFirst()) !== undefined
    },
    async put(sha256, bytes) {
      // Same hash, same bytes: a second process storing the photo at the same moment changes nothing.
      await db.insertInto('photo_bytes').values({ sha256, content: bytes }).onConflict(oc => oc.column('sha256').doNothing()).execute()
    },
    async get(sha256) {
      const row = await db.selectFrom('photo_bytes').select('content').where('sha256', '=', sha256).executeTakeFirst()
      return row ? Buffer.from(row.content) : null
    },
    describe: () => 'database',
  }
}

/** New photos go to `primary`; photos an older release kept in `legacy` are still found there. */
export function withLegacyPhotos(primary: PhotoStorage, legacy: PhotoStorage): PhotoStorage {
  return {
    has: async sha256 => await primary.has(sha256) || await legacy.has(sha256),
    put: (sha256, bytes) => primary.put(sha256, bytes),
    get: async sha256 => await primary.get(sha256) ?? await legacy.get(sha256),
    describe: () => `${primary.describe()} (and, read only, ${legacy.describe()})`,
  }
}
