// The one Dexie database. Only repositories in src/app/db import this module.
// Never edit an old version() block: add a new one.
import Dexie, { type EntityTable } from 'dexie'
import type { DirectoryRow, MetaRow, OutboxRow, PhotoRow, PlanRow, TaskRow } from './schema'
import type { SyncedTableProperties } from './syncedTables'
import { declareRegistryVersions } from './registryVersions'

class Database extends Dexie {
  plans!: EntityTable<PlanRow, 'id'>
  tasks!: EntityTable<TaskRow, 'id'>
  photos!: EntityTable<PhotoRow, 'sha256'>
  outbox!: EntityTable<OutboxRow, 'localId'>
  meta!: EntityTable<MetaRow, 'key'>
  directory!: EntityTable<DirectoryRow, 'id'>

  constructor(name = 'kaifangri') {
    // A tick is reported saved only once it is on disk: Chromium otherwise may acknowledge
    // a commit before flushing it, and a phone that dies right then would lose the tick.
    // Live queries hand out frozen results instead of deep copies: 10,000 tasks are not
    // cloned on every change, and a screen that tried to edit a row in place would fail loudly.
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' })
    this.version(1).stores({
      plans: 'id, year',
      tasks: 'id, planId, due, *units',
      progress: 'id, unit, taskId, planId, subject',
      evidence: 'id, subject, taskId, unit',
      photos: 'sha256, uploaded',
      outbox: '++localId, clientId, userId, [entity+id]',
      meta: 'key',
    })
    // Open-day events and public feedback (issue 5). Event photos keep their bytes in `photos`,
    // like evidence. Null values (no event, not referred) are simply absent from an index.
    this.version(2).stores({
      events: 'id, unit, startsAt, status, type, *taskIds',
      eventChecklist: 'id, eventId',
      checkins: 'id, eventId',
      eventSessions: 'id, eventId',
      eventPhotos: 'id, eventId',
      eventNotes: 'id, eventId',
      eventTemplates: 'id',
      feedback: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt',
      feedbackSettings: 'id',
      questionnaires: 'id',
      questionnaireResponses: 'id, eventId, questionnaireId, unit',
      faqs: 'id, status, topic',
    })
    // The unit directory (单位名录) of the signed-in user's organization, as GET /api/directory
    // answers it. Records keep naming units by node id; units created before the directory kept
    // their name as id, so the records already on the device need no rewriting.
    this.version(3).stores({
      directory: 'id, parentId',
    })
    // Later versions only add the tables of entities registered since: their `device.since` declares them.
    declareRegistryVersions(this)
  }
}

// The synced tables (db.events, db.faqs …) come from the registry (shared/records/syncedEntities.ts):
// Dexie puts every declared table on the instance, so the class itself names only the others.
export type AppDB = Database & SyncedTableProperties
export const AppDB = Database as unknown as new (name?: string) => AppDB

export const db = new AppDB()

/** Tables that only ever live on this device. */
export const localOnlyTables = ['photos', 'outbox', 'meta', 'directory'] as const
