// The database's versions come from the registry and database.ts's own tables: the released versions
// must stay exactly as shipped, and an entity added to the registry gets its table in the version it
// names, on a phone that already holds the older database.
import Dexie, { type EntityTable, type Table } from 'dexie'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { EntityName } from '../../shared/records'
import type { FaqRecord } from '../../shared/records/faq'
import { syncedEntities } from '../../shared/records/syncedEntities'
import { AppDB, db, ownTablesByVersion } from './database'
import { databaseVersions, latestSchema, registryStores } from './registryVersions'
import { type RecordEntity, recordEntities, restrictedEntities, syncedTables } from './syncedTables'

// What each released version declared, as it shipped. Never edit these: a later change is a new version.
const released: Record<number, Record<string, string>> = {
  1: { plans: 'id, year', tasks: 'id, planId, due, *units', progress: 'id, unit, taskId, planId, subject', evidence: 'id, subject, taskId, unit', photos: 'sha256, uploaded', outbox: '++localId, clientId, userId, [entity+id]', meta: 'key' },
  2: { events: 'id, unit, startsAt, status, type, *taskIds', eventChecklist: 'id, eventId', checkins: 'id, eventId', eventSessions: 'id, eventId', eventPhotos: 'id, eventId', eventNotes: 'id, eventId', eventTemplates: 'id', feedback: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt', feedbackSettings: 'id', questionnaires: 'id', questionnaireResponses: 'id, eventId, questionnaireId, unit', faqs: 'id, status, topic' },
  3: { directory: 'id, parentId' },
  4: { feedback: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt, [status+replyDue]' },
}

/** Stores as Dexie holds them after merging every declared version, written back as index lists. */
function declaredStores(database: { tables: Table[] }): Record<string, string> {
  return Object.fromEntries(database.tables.map(({ name, schema }) =>
    [name, [schema.primKey, ...schema.indexes].map(index => index.src).join(', ')]))
}

describe('database versions derived from the registry', () => {
  it('declare every released version exactly as it shipped', () => {
    const versions = Object.fromEntries(databaseVersions(ownTablesByVersion).filter(([version]) => version in released))
    expect(versions, 'a released version never changes: put new indexes under a new version').toEqual(released)
  })

  it('leave the database with the registry\'s latest index list for every synced table', async () => {
    const synced = Object.keys(registryStores())
    expect(Object.fromEntries(Object.entries(declaredStores(db)).filter(([name]) => synced.includes(name)))).toEqual(registryStores())
    const database = new AppDB(`verno-${crypto.randomUUID()}`)
    await database.open()
    expect(database.verno).toBe(databaseVersions(ownTablesByVersion).at(-1)![0])
    database.close()
  })

  it('map every entity but plans to its table, and name the restricted ones by who reads them', () => {
    expect(syncedTables).toMatchObject({ event: 'events', eventChecklistItem: 'eventChecklist', faq: 'faqs' })
    expect(recordEntities).not.toContain('plan')
    expect(restrictedEntities).toContain('feedback')
    // An organization's FAQ is not another organization's: it goes when a user of another signs in.
    expect(restrictedEntities).toContain('faq')
    expectTypeOf<RecordEntity>().toEqualTypeOf<Exclude<EntityName, 'plan'>>()
    expectTypeOf(db.faqs).toEqualTypeOf<EntityTable<FaqRecord, 'id'>>()
  })

  it('add a throwaway entity\'s table in the version it names, keeping what the phone held', async () => {
    const name = `throwaway-${crypto.randomUUID()}`
    const current = new AppDB(name)
    await current.progress.put({ id: '区数据局|p:1.1#1', unit: '区数据局', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1', status: 'done', note: '', count: 0 })
    const next = current.verno + 1
    current.close()

    const registry = { ...syncedEntities, visitorBadge: { read: 'unit', table: 'visitorBadges', indexes: { [next]: 'id, eventId, unit' } } } as const
    const upgraded = new Dexie(name)
    for (const [version, stores] of databaseVersions(ownTablesByVersion, registry))
      upgraded.version(version).stores(stores)
    await upgraded.open()
    expect(upgraded.verno).toBe(next)
    expect(declaredStores(upgraded)).toMatchObject({ visitorBadges: 'id, eventId, unit' })
    await upgraded.table('visitorBadges').put({ id: 'b1', eventId: 'e1', unit: '区数据局' })
    expect(await upgraded.table('visitorBadges').where('eventId').equals('e1').count()).toBe(1)
    expect(await upgraded.table('progress').where('unit').equals('区数据局').count()).toBe(1)
    upgraded.close()
  })

  it('declare versions in numeric order, a table created in 10 after one created in 9', () => {
    const registry = { a: { read: 'unit', table: 'as', indexes: { 10: 'id' } }, b: { read: 'unit', table: 'bs', indexes: { 9: 'id' } } } as const
    expect(databaseVersions({ 2: { own: 'key' } }, registry)).toEqual([[2, { own: 'key' }], [9, { bs: 'id' }], [10, { as: 'id' }]])
  })

  it('give Dexie the latest version with every table\'s latest index list', () => {
    const registry = { a: { read: 'unit', table: 'as', indexes: { 2: 'id', 4: 'id, unit' } } } as const
    expect(latestSchema({ 1: { own: 'key' }, 3: { own: 'key, at' } }, registry)).toEqual([4, { own: 'key, at', as: 'id, unit' }])
  })
})
