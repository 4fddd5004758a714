// The built app on the real server for the sync end-to-end tests: a throwaway SQLite file, the
// bundled unit directory and plans loaded as on every start, and the accounts the test asks for,
// their units given by name moved onto their directory nodes as a start moves older accounts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Role } from '../../src/shared/api/auth'
import type { PlanRecord } from '../../src/shared/records/plan'
import { buildApp } from '../../src/server/app'
import { createUser } from '../../src/server/auth/users'
import { loadSeedDirectory } from '../../src/server/bootstrap/seedDirectory'
import { assignPlanOwners, loadSeedPlans } from '../../src/server/bootstrap/seedPlans'
import { openDatabase } from '../../src/server/db/connect'
import { mapLegacyAccountUnits } from '../../src/server/directory/accountUnits'
import { migrateToLatest } from '../../src/server/db/migrations'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { putAsServer } from '../../src/server/sync/serverWrites'
import { shanghaiYear } from '../../src/shared/calendar'
import { distDir } from './e2eServer'

export interface E2eAccount {
  username: string
  password: string
  unit: string
  role: Role
}

export interface E2eSyncServer {
  url: string
  plans: PlanRecord[]
  /** Signs in through the API, as a script or another client would. */
  token: (account: E2eAccount) => Promise<string>
  close: () => Promise<void>
}

export interface E2eSyncServerOptions {
  /**
   * Reopen the bundled plans of past years, as a coordinator may: tests whose phones live in the
   * bundled plans' year (bundledPlansDay) record on them, which the server refuses for an archived year.
   */
  reopenPastPlans?: boolean
  /**
   * Load the bundled unit directory (seeds/directory.json), as a real start does; true unless a
   * test is about a server without a directory.
   */
  withDirectory?: boolean
  /** The built app to serve; benchmarks compare two builds back to back. Default: dist/. */
  staticDir?: string
}

export async function startE2eSyncServer(accounts: E2eAccount[], options: E2eSyncServerOptions = {}): Promise<E2eSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaifangri-e2e-sync-'))
  const database = openDatabase(join(dataDir, 'e2e.sqlite'))
  await migrateToLatest(database.db)
  const seedsDir = resolve(import.meta.dirname, '../../seeds')
  // Made before the directory, as accounts of an older server: their unit names move onto nodes as at a start (server/start.ts).
  for (const { username, password, unit, role } of accounts)
    await createUser(database.db, { username, password, unit, role, displayName: `${unit}${username}` }, Date.now())
  if (options.withDirectory ?? true) {
    await loadSeedDirectory(database.db, seedsDir, Date.now())
    await mapLegacyAccountUnits(database.db, Date.now())
  }
  const seeds = await loadSeedPlans(database.db, new PlanCatalog(), seedsDir, Date.now())
  if (seeds.failed.length)
    throw new Error(`bundled plans failed to load: ${JSON.stringify(seeds.failed)}`)
  await assignPlanOwners(database.db, new PlanCatalog(), Date.now())
  if (options.reopenPastPlans) {
    const stored = await database.db.selectFrom('records').select('data').where('entity', '=', 'plan').where('deleted', '=', 0).execute()
    const past = stored.map(row => JSON.parse(row.data) as PlanRecord).filter(plan => plan.year < shanghaiYear())
    await putAsServer(database.db, new PlanCatalog(), 'plan', past.map(plan => ({ ...plan, reopened: true })), Date.now())
  }
  const rows = await database.db.selectFrom('records').select('data').where('entity', '=', 'plan').where('deleted', '=', 0).execute()
  const app = await buildApp({ database, photos: diskPhotoStorage(join(dataDir, 'photos')), staticDir: options.staticDir ?? distDir })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    url,
    plans: rows.map(row => JSON.parse(row.data) as PlanRecord),
    async token({ username, password }) {
      const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
      if (!response.ok)
        throw new Error(`sign-in of ${username} failed: ${response.status}`)
      return ((await response.json()) as { token: string }).token
    },
    async close() {
      await app.close()
      await database.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
