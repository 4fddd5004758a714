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
    super(name)
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
