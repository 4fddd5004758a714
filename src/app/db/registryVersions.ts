// The database versions that add the registry's tables: a synced entity's `device.since` names the
// version that creates its table, so a new entity needs no version block of its own. Versions up to
// `lastHandWrittenVersion` were released with their stores written out in database.ts, and stay so.
import type Dexie from 'dexie'
import { type SyncedEntity, syncedEntities } from '../../shared/records/syncedEntities'

export const lastHandWrittenVersion = 3

/** Every synced table the registry declares, as Dexie stores (table → index list). */
export function registryStores(registry: Record<string, SyncedEntity> = syncedEntities): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const { device } of Object.values(registry)) {
    if (device)
      stores[device.table] = device.indexes
  }
  return stores
}

/** Declares, on a database that already declared the hand-written versions, one version per later `since`. */
export function declareRegistryVersions(database: Dexie, registry: Record<string, SyncedEntity> = syncedEntities): void {
  const later = new Map<number, Record<string, string>>()
  for (const [entity, { device }] of Object.entries(registry)) {
    if (!device || device.since <= lastHandWrittenVersion)
      continue
    if (!Number.isInteger(device.since))
      throw new Error(`${entity}: device.since must be a whole database version, not ${device.since}`)
    later.set(device.since, { ...later.get(device.since), [device.table]: device.indexes })
  }
  for (const [version, stores] of [...later].sort(([a], [b]) => a - b))
    database.version(version).stores(stores)
}
