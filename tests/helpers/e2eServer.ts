// The built app served by the real server (API and PWA from one port) on a throwaway
// SQLite database, listening on a free port of 127.0.0.1 for the browser tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildApp } from '../../src/server/app'
import { openDatabase } from '../../src/server/db/connect'
import { migrateToLatest } from '../../src/server/db/migrations'
import { diskPhotoStorage } from '../../src/server/photos/storage'

export interface E2eServer {
  url: string
  close: () => Promise<void>
}

export const distDir = resolve(import.meta.dirname, '../../dist')

export async function startE2eServer(staticDir = distDir): Promise<E2eServer> {
  if (!existsSync(join(staticDir, 'index.html')))
    throw new Error(`no built app in ${staticDir}: run \`npx vite build\` first (npm test does)`)
  const dataDir = mkdtempSync(join(tmpdir(), 'kaifangri-e2e-'))
  const database = openDatabase(join(dataDir, 'e2e.sqlite'))
  await migrateToLatest(database.db)
  const app = await buildApp({ database, photos: diskPhotoStorage(join(dataDir, 'photos')), staticDir })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    url,
    async close() {
      await app.close()
      await database.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
