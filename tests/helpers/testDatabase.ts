// A fresh, migrated database for one test file on the engine TEST_DB names: a SQLite file in a
// temp dir, or a PostgreSQL database kfr_test_<random> that is dropped afterwards.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { type Database, type Engine, openDatabase } from '../../src/server/db/connect'
import { migrateToLatest } from '../../src/server/db/migrations'
import { postgresAdminUrl } from './environment'

export interface TestDatabase {
  engine: Engine
  /** What DATABASE_URL would be for a server on this database. */
  url: string
  /** A scratch directory for this database's files (photos, the SQLite file). */
  dir: string
  database: Database
  /** Opens one more connection pool (or SQLite handle) on the same database. */
  reopen: () => Database
  drop: () => Promise<void>
}

export function testEngine(): Engine {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() })
  await client.connect()
  try {
    await client.query(text)
  }
  finally {
    await client.end()
  }
}

// A closed pool lets its connections go a moment later; dropping with FORCE in that moment would
// kill them mid-goodbye and surface as an unhandled error, so wait for them first.
async function dropPostgresDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`)
      return
    }
    catch (error) {
      if ((error as { code?: string }).code !== '55006')
        throw error
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}

export async function createTestDatabase(options: { migrate?: boolean, engine?: Engine } = {}): Promise<TestDatabase> {
  const engine = options.engine ?? testEngine()
  const dir = mkdtempSync(join(tmpdir(), 'kfr-test-'))
  let url = join(dir, 'test.sqlite')
  let name: string | null = null
  if (engine === 'postgres') {
    name = `kfr_test_${randomBytes(6).toString('hex')}`
    await adminQuery(`CREATE DATABASE ${name}`)
    const target = new URL(postgresAdminUrl())
    target.pathname = `/${name}`
    url = target.toString()
  }
  const opened: Database[] = []
  const reopen = () => {
    const database = openDatabase(url)
    opened.push(database)
    return database
  }
  const database = reopen()
  if (options.migrate !== false)
    await migrateToLatest(database.db)
  return {
    engine,
    url,
    dir,
    database,
    reopen,
    async drop() {
      await Promise.all(opened.map(d => d.close().catch(() => {})))
      if (name)
        await dropPostgresDatabase(name)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
