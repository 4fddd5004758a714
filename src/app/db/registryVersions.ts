// The database's versions, from the two places tables are declared: the device's own tables (database.ts)
// and the synced entities' tables (the registry, shared/records/syncedEntities.ts). Each names its index
// lists by the version that created or changed them, so a new entity needs no version block of its own.
import { type SyncedEntity, syncedEntities } from '../../shared/records/syncedEntities'

/** Dexie stores (table → index list) by database version. */
export type StoresByVersion = Readonly<Record<number, Readonly<Record<string, string>>>>

/** Every version either side names, in order, with the tables it creates or re-indexes. */
export function databaseVersions(ownTables: StoresByVersion, registry: Record<string, SyncedEntity> = syncedEntities): Array<[number, Record<string, string>]> {
  const versions = new Map<number, Record<string, string>>()
  const add = (version: number, table: string, indexes: string) => versions.set(version, { ...versions.get(version), [table]: indexes })
  for (const [version, stores] of Object.entries(ownTables)) {
    for (const [table, indexes] of Object.entries(stores))
      add(Number(version), table, indexes)
  }
  for (const { table, indexes } of Object.values(registry)) {
    if (table) {
      for (const [version, list] of Object.entries(indexes))
        add(Number(version), table, list)
    }
  }
  return [...versions].sort(([a], [b]) => a - b)
}

/** The latest index list of every synced table the registry declares. */
export function registryStores(registry: Record<string, SyncedEntity> = syncedEntities): Record<string, string> {
  return Object.fromEntries(databaseVersions({}, registry).flatMap(([, stores]) => Object.entries(stores)))
}

/**
 * The latest version and every table's latest index list: what Dexie is given to open the database.
 * Dexie (since 3.0) upgrades from whatever version is installed by comparing it with the installed
 * schema, so versions without an upgrade function need not be declared one by one; declaring each
 * made Dexie parse every earlier version again for each, on the main thread of every start.
 */
export function latestSchema(ownTables: StoresByVersion, registry: Record<string, SyncedEntity> = syncedEntities): [number, Record<string, string>] {
  const versions = databaseVersions(ownTables, registry)
  return [versions.at(-1)?.[0] ?? 1, Object.assign({}, ...versions.map(([, stores]) => stores)) as Record<string, string>]
}
