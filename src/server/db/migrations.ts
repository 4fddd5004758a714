// Migrations live in code, so a build carries them and no directory has to be found at run time.
import { type Migration, Migrator } from 'kysely'
import type { Db } from './schema'
import { initial } from './migrations/001_initial'
import { feedbackAndPublicLinks } from './migrations/002_feedback_and_public_links'
import { accountDeactivation } from './migrations/003_account_deactivation'
import { photoCitations } from './migrations/010_photo_citations'
import { clientSequences } from './migrations/011_client_sequences'
import { attemptLimits } from './migrations/012_attempt_limits'
import { photoBytes } from './migrations/013_photo_bytes'
import { receivedMutations } from './migrations/014_received_mutations'
import { unitDirectory } from './migrations/020_unit_directory'
import { publicLinkShortCodes } from './migrations/021_public_link_short_codes'

const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_feedback_and_public_links': feedbackAndPublicLinks,
  '003_account_deactivation': accountDeactivation,
  '010_photo_citations': photoCitations,
  '011_client_sequences': clientSequences,
  '012_attempt_limits': attemptLimits,
  '013_photo_bytes': photoBytes,
  '014_received_mutations': receivedMutations,
  '020_unit_directory': unitDirectory,
  '021_public_link_short_codes': publicLinkShortCodes,
}

function migratorFor(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } })
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest()
  if (error)
    throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter(r => r.status === 'Success').map(r => r.migrationName)
}

/** Runs migrations up to and including `name`: how a test builds a database as an older release left it. */
export async function migrateUpTo(db: Db, name: string): Promise<void> {
  const { error } = await migratorFor(db).migrateTo(name)
  if (error)
    throw error instanceof Error ? error : new Error(String(error))
}

/** Names of migrations this code knows but the database has not run. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migratorFor(db).getMigrations()
  return all.filter(m => !m.executedAt).map(m => m.name)
}
