// The built app on the real server for the sync end-to-end tests: a throwaway SQLite file,
// the bundled plans loaded as on every start, and the accounts the test asks for.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Role } from '../../src/shared/api/auth'
import type { PlanRecord } from '../../src/shared/records/plan'
import { buildApp } from '../../src/server/app'
import { createUser } from '../../src/server/auth/users'
import { loadSeedDirectory } from '../../src/server/bootstrap/seedDirectory'
import { loadSeedPlans } from '../../src/server/bootstrap/seedPlans'
import { openDatabase } from '../../src/server/db/connect'
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
  /** Load the bundled unit directory first (seeds/directory.json), as a real start does. */
  withDirectory?: boolean
}

export async function startE2eSyncServer(accounts: E2eAccount[], options: E2eSyncServerOptions = {}): Promise<E2eSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaifangri-e2e-sync-'))
  const database = openDatabase(join(dataDir, 'e2e.sqlite'))
  await migrateToLatest(database.db)
  if (options.withDirectory)
    await loadSeedDirectory(database.db, resolve(import.meta.dirname, '../../seeds'), Date.now())
  const seeds = await loadSeedPlans(database.db, new PlanCatalog(), resolve(import.meta.dirname, '../../seeds'), Date.now())
  if (seeds.failed.length)
    throw new Error(`bundled plans failed to load: ${JSON.stringify(seeds.failed)}`)
  if (options.reopenPastPlans) {
    const stored = await database.db.selectFrom('records').select('data').where('entity', '=', 'plan').where('deleted', '=', 0).execute()
    const past = stored.map(row => JSON.parse(row.data) as PlanRecord).filter(plan => plan.year < shanghaiYear())
    await putAsServer(database.db, new PlanCatalog(), 'plan', past.map(plan => ({ ...plan, reopened: true })), Date.now())
  }
  for (const { username, password, unit, role } of accounts)
    await createUser(database.db, { username, password, unit, role, displayName: `${unit}${username}` }, Date.now())
  const rows = await database.db.selectFrom('records').select('data').where('entity', '=', 'plan').where('deleted', '=', 0).execute()
  const app = await buildApp({ database, photos: diskPhotoStorage(join(dataDir, 'photos')), staticDir: distDir })
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
