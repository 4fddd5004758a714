// The one Dexie database. Only repositories in src/app/db import this module.
// Its versions come from the tables' declarations (below and in the registry): never edit a released one.
// Dexie is given the latest of them only (registryVersions.ts, latestSchema).
import Dexie, { type EntityTable } from 'dexie'
import type { DirectoryRow, MetaRow, OutboxRow, PhotoRow, PlanRow, TaskRow } from './schema'
import type { SyncedTableProperties } from './syncedTables'
import { transactionDurability } from './durability'
import { latestSchema, type StoresByVersion } from './registryVersions'
import { listenToWritesInOtherTabs } from './storageMutations'

/**
 * The tables the registry does not declare (local-only ones and the plan tables, see planRepository), under
 * the version that created or changed them; the synced tables' versions come from the registry
 * (shared/records/syncedEntities.ts). Never edit a released entry: add one under a new version.
 */
export const ownTablesByVersion: StoresByVersion = {
  1: {
    plans: 'id, year',
    tasks: 'id, planId, due, *units',
    photos: 'sha256, uploaded',
    outbox: '++localId, clientId, userId, [entity+id]',
    meta: 'key',
  },
  // The unit directory (单位名录) of the signed-in user's organization, as GET /api/directory
  // answers it. Records keep naming units by node id; units created before the directory kept
  // their name as id, so the records already on the device need no rewriting.
  3: {
    directory: 'id, parentId',
  },
  // The rejected entries apart (rejectedIndex), so the sync bar counts the outbox instead of reading it.
  5: {
    outbox: '++localId, clientId, userId, [entity+id], rejected.code',
  },
}

/** Holds the outbox entries the server refused, and no others: a waiting entry's `rejected` is null, which has no code. */
export const rejectedIndex = 'rejected.code'

class Database extends Dexie {
  // Declared, not defined: Dexie puts each table on the instance when its version is declared.
  declare plans: EntityTable<PlanRow, 'id'>
  declare tasks: EntityTable<TaskRow, 'id'>
  declare photos: EntityTable<PhotoRow, 'sha256'>
  declare outbox: EntityTable<OutboxRow, 'localId'>
  declare meta: EntityTable<MetaRow, 'key'>
  declare directory: EntityTable<DirectoryRow, 'id'>

  constructor(name = 'kaifangri') {
    // Live queries hand out frozen results instead of deep copies: 10,000 tasks are not
    // cloned on every change, and a screen that tried to edit a row in place would fail loudly.
    super(name, { chromeTransactionDurability: transactionDurability, cache: 'immutable' })
    // Only the latest version, as the merge of every version's tables: Dexie upgrades an older
    // database from its installed schema (databaseUpgrade.test.ts). A future version that must
    // transform data declares its own block with .upgrade() here, beside this one.
    const [version, stores] = latestSchema(ownTablesByVersion)
    this.version(version).stores(stores)
  }
}

// The synced tables (db.events, db.faqs …) come from the registry (shared/records/syncedEntities.ts):
// Dexie puts every declared table on the instance, so the class itself names only the others.
export type AppDB = Database & SyncedTableProperties
export const AppDB = Database as unknown as new (name?: string) => AppDB

// Dexie turns its debug mode on by itself for pages served from localhost or 127.0.0.1: a console
// task and a traced catch on every table call. A built app runs the same wherever it is served, or
// what the benches and Lighthouse measure here is not what a phone runs (60 reads at 4× CPU: 186 ms
// with it, 161 ms without). Typed loosely: Node scripts that import the repositories have no import.meta.env.
if (!(import.meta as { env?: { DEV?: boolean } }).env?.DEV)
  Dexie.debug = false

export const db = new AppDB()
// Ticks are written past Dexie (nativeOutboxWrite.ts): other tabs' ones must still reach this tab's screens.
listenToWritesInOtherTabs()

/** Tables that only ever live on this device. */
export const localOnlyTables = ['photos', 'outbox', 'meta', 'directory'] as const
