// Starting a server: database and migrations, the app, the bundled plans, the first
// coordinator, then the port and housekeeping. index.ts runs this; tests run it with their own config.
import type { FastifyInstance } from 'fastify'
import type { ServerConfig } from './config'
import { buildApp } from './app'
import { ensureFirstCoordinator, firstCoordinatorBanner } from './bootstrap/firstCoordinator'
import { loadSeedDirectory } from './bootstrap/seedDirectory'
import { assignPlanOwners, loadSeedPlans } from './bootstrap/seedPlans'
import { mapLegacyAccountUnits } from './directory/accountUnits'
import { openDatabase } from './db/connect'
import { migrateToLatest } from './db/migrations'
import { defaultHousekeepingIntervalMs, startHousekeeping } from './jobs/housekeeping'
import { databasePhotoStorage, diskPhotoStorage, withLegacyPhotos } from './photos/storage'
import { PlanCatalog } from './sync/planCatalog'

export interface RunningServer {
  app: FastifyInstance
  url: string
  close: () => Promise<void>
}

export async function startServer(config: ServerConfig, print: (text: string) => void = console.log): Promise<RunningServer> {
  const database = openDatabase(config.databaseUrl)
  try {
    const applied = await migrateToLatest(database.db)
    const app = await buildApp({
      database,
      photos: withLegacyPhotos(databasePhotoStorage(database.db), diskPhotoStorage(config.photoDir)),
      staticDir: config.staticDir,
      logger: { level: config.logLevel },
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
    })
    app.log.info({ database: database.description, migrations: applied }, 'database ready')

    const directoryNodes = await loadSeedDirectory(database.db, config.seedsDir, Date.now())
    const movedAccounts = await mapLegacyAccountUnits(database.db, Date.now())
    app.log.info({ loaded: directoryNodes, accountsMapped: movedAccounts }, 'unit directory ready')

    const seeds = await loadSeedPlans(database.db, new PlanCatalog(), config.seedsDir, Date.now())
    app.log.info({ written: seeds.written, unchanged: seeds.unchanged.length, rejected: seeds.rejected }, 'bundled plans loaded')
    for (const { file, error } of seeds.failed)
      app.log.warn({ file, error }, 'bundled plan could not be parsed')
    const owned = await assignPlanOwners(database.db, new PlanCatalog(), Date.now())
    if (owned.written.length)
      app.log.info({ plans: owned.written }, 'plans given their owner in the unit directory')

    const created = await ensureFirstCoordinator(database.db, config.firstCoordinator, Date.now())
    if (created)
      print(firstCoordinatorBanner(created))

    const url = await app.listen({ port: config.port, host: config.host })
    const housekeeping = startHousekeeping(database.db, config.housekeepingIntervalMs ?? defaultHousekeepingIntervalMs, app.log)
    return {
      app,
      url,
      async close() {
        await housekeeping.stop()
        await app.close()
        await database.close()
      },
    }
  }
  catch (error) {
    await database.close()
    throw error
  }
}
