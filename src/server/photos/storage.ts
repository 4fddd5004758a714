// Where photo bytes live. On disk by default; another backend (object storage) only has to
// implement these four calls.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

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
