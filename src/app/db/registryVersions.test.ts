// The synced tables come from the registry: the released versions' hand-written stores must be what
// the registry now says (or a new version is owed), and an entity added to the registry gets its
// table in the version its `since` names, on a phone that already holds the older database.
import type { EntityTable, Table } from 'dexie'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { EntityName } from '../../shared/records'
import type { FaqRecord } from '../../shared/records/faq'
import { syncedEntities } from '../../shared/records/syncedEntities'
import { AppDB, db, localOnlyTables } from './database'
import { declareRegistryVersions, lastHandWrittenVersion, registryStores } from './registryVersions'
import { type RecordEntity, recordEntities, restrictedEntities, syncedTables } from './syncedTables'

/** Stores as Dexie holds them after merging every declared version, written back as index lists. */
function declaredStores(database: { tables: Table[] }): Record<string, string> {
  return Object.fromEntries(database.tables.map(({ name, schema }) =>
    [name, [schema.primKey, ...schema.indexes].map(index => index.src).join(', ')]))
}

const planTables = ['plans', 'tasks']

describe('tables derived from the registry', () => {
  it('are exactly the synced tables the database declares, index for index', () => {
    const synced = Object.fromEntries(Object.entries(declaredStores(db))
      .filter(([name]) => ![...localOnlyTables, ...planTables].includes(name)))
    expect(registryStores(), 'a table or index list that changed after release needs a new version block in database.ts').toEqual(synced)
  })

  it('open a database whose version is the latest one the registry or the hand-written blocks name', async () => {
    const latest = Math.max(lastHandWrittenVersion, ...Object.values(syncedEntities).map(({ device }) => device?.since ?? 0))
    const database = new AppDB(`verno-${crypto.randomUUID()}`)
    await database.open()
    expect(database.verno).toBe(latest)
    database.close()
  })

  it('map every entity but plans to its table, and name the restricted ones by who reads them', () => {
    expect(syncedTables).toMatchObject({ event: 'events', eventChecklistItem: 'eventChecklist', faq: 'faqs' })
    expect(recordEntities).not.toContain('plan')
    expect(restrictedEntities).toContain('feedback')
    expect(restrictedEntities).not.toContain('faq')
    expectTypeOf<RecordEntity>().toEqualTypeOf<Exclude<EntityName, 'plan'>>()
    expectTypeOf(db.faqs).toEqualTypeOf<EntityTable<FaqRecord, 'id'>>()
  })

  it('add a throwaway entity\'s table in the version its `since` names, keeping what the phone held', async () => {
    const name = `throwaway-${crypto.randomUUID()}`
    const released = new AppDB(name)
    await released.progress.put({ id: '区数据局|p:1.1#1', unit: '区数据局', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1', status: 'done', note: '', count: 0 })
    released.close()

    const since = lastHandWrittenVersion + 1
    const registry = { ...syncedEntities, visitorBadge: { read: 'unit', device: { table: 'visitorBadges', indexes: 'id, eventId, unit', since } } } as const
    const upgraded = new AppDB(name)
    declareRegistryVersions(upgraded, registry)
    await upgraded.open()
    expect(upgraded.verno).toBe(since)
    expect(declaredStores(upgraded)).toMatchObject({ ...registryStores(registry), visitorBadges: 'id, eventId, unit' })
    await upgraded.table('visitorBadges').put({ id: 'b1', eventId: 'e1', unit: '区数据局' })
    expect(await upgraded.table('visitorBadges').where('eventId').equals('e1').count()).toBe(1)
    expect(await upgraded.progress.where('unit').equals('区数据局').count()).toBe(1)
    upgraded.close()
  })

  it('refuse a `since` that is not a whole database version, naming the entity', () => {
    const registry = { ...syncedEntities, visitorBadge: { read: 'unit', device: { table: 'visitorBadges', indexes: 'id', since: 4.5 } } } as const
    expect(() => declareRegistryVersions(new AppDB(`bad-${crypto.randomUUID()}`), registry)).toThrow(/visitorBadge: device\.since/)
  })
})
