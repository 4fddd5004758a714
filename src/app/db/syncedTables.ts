// Where each synced entity's records live on the device, derived from the registry's zod-free half
// (shared/records/syncedEntities.ts): the one mapping that pulls, the user-switch cleanup, the unsent
// export and the record writes all go through, so an entity added to the registry is synced with no
// line here. Plans are the exception: a plan record is split into a plan row and task rows (planRepository).
import type { EntityTable, Table } from 'dexie'
import type { z } from 'zod'
import type { entities } from '../../shared/records'
import type { AppDB } from './database'
import { type SyncedEntity, type SyncedEntityName, syncedEntities } from '../../shared/records/syncedEntities'

type Registry = typeof syncedEntities

/** The entities whose records are kept one per row in a table of their own: every one but plans. */
export type RecordEntity = { [E in SyncedEntityName]: Registry[E] extends { table: string } ? E : never }[SyncedEntityName]

/** A device row is the record exactly as synced (a feedback item another unit pulled has its contact masked). */
export type SyncedRows = { [E in RecordEntity]: z.infer<(typeof entities)[E]['record']> }

type TableNameOf<E extends RecordEntity> = Registry[E]['table']

/** The synced tables as properties of the database (db.events, db.faqs …), one per registry entry. */
export type SyncedTableProperties = { [E in RecordEntity as TableNameOf<E>]: EntityTable<SyncedRows[E], 'id'> }

export const recordEntities = (Object.keys(syncedEntities) as SyncedEntityName[])
  .filter((entity): entity is RecordEntity => 'table' in syncedEntities[entity])

export const syncedTables = Object.fromEntries(
  recordEntities.map(entity => [entity, syncedEntities[entity].table]),
) as { [E in RecordEntity]: TableNameOf<E> }

export function isRecordEntity(entity: string): entity is RecordEntity {
  return Object.hasOwn(syncedTables, entity)
}

export function tableOf<E extends RecordEntity>(database: AppDB, entity: E): Table<SyncedRows[E], string> {
  return database.table(syncedTables[entity])
}

/**
 * Entities only some users may read. When another user signs in on this device, what the
 * previous one could see of these is removed; records everyone reads stay.
 */
// Widened: today every entity a device table holds is read by a unit or an organization, but one read by everyone may come back.
const readBy = (entity: RecordEntity): SyncedEntity['read'] => syncedEntities[entity].read
export const restrictedEntities = recordEntities.filter(entity => readBy(entity) !== 'everyone')
