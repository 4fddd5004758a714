// The zod-free half of the registry (the schemas are in index.ts): who reads each synced entity and
// where a device keeps its records. The device needs this on its first screen, to open its database
// and to know what to drop when another user signs in, and must not load zod for that.
//
// A new synced entity is (1) its schema file here in shared/records, (2) its registry entry: a line
// below and its line in index.ts (each refuses to type-check without the other), and (3) its screens.
// The device table, the entity → table map, the outbox kind, pulls, resets and sign-out wipes all
// derive from these two lines (app/db/syncedTables.ts, app/db/database.ts).
import type { EntityAccess } from './access'

export interface DeviceTable {
  /** The device's IndexedDB table holding the records. */
  table: string
  /** Dexie's index list: the primary key `id` first, then every field a screen queries by. */
  indexes: string
  /**
   * The database version that created the table. A new entity takes the version after the latest one
   * (app/db/database.ts); changing `indexes` later needs a new version block there, which a test demands.
   */
  since: number
}

export interface SyncedEntity {
  read: EntityAccess['read']
  /** Null for plans: planRepository splits a plan into a plan row and task rows, in tables of their own. */
  device: DeviceTable | null
}

export const syncedEntities = {
  plan: { read: 'everyone', device: null },
  progress: { read: 'unit', device: { table: 'progress', indexes: 'id, unit, taskId, planId, subject', since: 1 } },
  evidence: { read: 'unit', device: { table: 'evidence', indexes: 'id, subject, taskId, unit', since: 1 } },
  // Open-day events and public feedback (issue 5). Null values (no event, not referred) are simply absent from an index.
  event: { read: 'unit', device: { table: 'events', indexes: 'id, unit, startsAt, status, type, *taskIds', since: 2 } },
  eventChecklistItem: { read: 'unit', device: { table: 'eventChecklist', indexes: 'id, eventId', since: 2 } },
  checkin: { read: 'unit', device: { table: 'checkins', indexes: 'id, eventId', since: 2 } },
  eventSession: { read: 'unit', device: { table: 'eventSessions', indexes: 'id, eventId', since: 2 } },
  eventPhoto: { read: 'unit', device: { table: 'eventPhotos', indexes: 'id, eventId', since: 2 } },
  eventNote: { read: 'unit', device: { table: 'eventNotes', indexes: 'id, eventId', since: 2 } },
  eventTemplate: { read: 'everyone', device: { table: 'eventTemplates', indexes: 'id', since: 2 } },
  feedback: { read: 'unit', device: { table: 'feedback', indexes: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt', since: 2 } },
  feedbackSettings: { read: 'everyone', device: { table: 'feedbackSettings', indexes: 'id', since: 2 } },
  questionnaire: { read: 'everyone', device: { table: 'questionnaires', indexes: 'id', since: 2 } },
  questionnaireResponse: { read: 'unit', device: { table: 'questionnaireResponses', indexes: 'id, eventId, questionnaireId, unit', since: 2 } },
  faq: { read: 'everyone', device: { table: 'faqs', indexes: 'id, status, topic', since: 2 } },
} as const satisfies Record<string, SyncedEntity>

export type SyncedEntityName = keyof typeof syncedEntities
