// The one Dexie database. Only repositories in src/app/db import this module.
// Never edit an old version() block: add a new one.
import Dexie, { type EntityTable } from 'dexie'
import type { EvidenceRow, MetaRow, OutboxRow, PhotoRow, PlanRow, ProgressRow, TaskRow } from './schema'

export class AppDB extends Dexie {
  plans!: EntityTable<PlanRow, 'id'>
  tasks!: EntityTable<TaskRow, 'id'>
  progress!: EntityTable<ProgressRow, 'id'>
  evidence!: EntityTable<EvidenceRow, 'id'>
  photos!: EntityTable<PhotoRow, 'sha256'>
  outbox!: EntityTable<OutboxRow, 'localId'>
  meta!: EntityTable<MetaRow, 'key'>

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
  }
}

export const db = new AppDB()

/** Tables that only ever live on this device. */
export const localOnlyTables = ['photos', 'outbox', 'meta'] as const
