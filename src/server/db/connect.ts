// One Kysely over either engine. DATABASE_URL=postgres://… selects PostgreSQL; anything else
// (or nothing) is a SQLite file, data/kaifangri.sqlite by default.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, type DatabaseConnection, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type SqliteDialectConfig } from 'kysely'
import pg from 'pg'
import type { Db, Schema } from './schema'

export type Engine = 'sqlite' | 'postgres'

export interface Database {
  db: Db
  engine: Engine
  /** Where it lives, without any password, for logs. */
  description: string
  close: () => Promise<void>
}

export const defaultSqliteFile = 'data/kaifangri.sqlite'

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(?:ql)?:\/\//.test(url)
}

const int8Oid = 20

// Counters, versions and epoch-ms columns are bigint; they fit a JS number for millennia.
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8Oid ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes })
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) })
  const safe = new URL(url)
  safe.password = ''
  return { db, engine: 'postgres', description: safe.toString(), close: () => db.destroy() }
}

// Write transactions take the write lock when they begin, so one that reads first cannot fail
// later because another process (the admin CLI) wrote in between.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config)
  }

  override createDriver() {
    return new ImmediateSqliteDriver(this.config)
  }
}

function openSqlite(file: string): Database {
  if (file !== ':memory:')
    mkdirSync(dirname(file), { recursive: true })
  const sqlite = new BetterSqlite3(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 5000')
  // FULL: a push the server has acknowledged survives a power cut, or the phone would drop it.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) })
  return { db, engine: 'sqlite', description: `sqlite:${file}`, close: () => db.destroy() }
}

export function openDatabase(url: string | undefined, options: { poolSize?: number } = {}): Database {
  if (isPostgresUrl(url))
    return openPostgres(url!, options.poolSize ?? 10)
  const file = url ? url.replace(/^(?:sqlite|file):/, '') : defaultSqliteFile
  return openSqlite(file)
}
