// The zod-free half of the registry (the schemas are in index.ts): who reads each synced entity and
// where a device keeps its records. The device needs this on its first screen, to open its database
// and to know what to drop when another user signs in, and must not load zod for that.
//
// A new synced entity is (1) its schema file here in shared/records, (2) its registry entry: a line
// below and its line in index.ts (each refuses to type-check without the other), and (3) its screens;
// the server's matrix tests also ask for one sample record of it in tests/helpers/registrySamples.ts.
// The device table, the entity → table map, the outbox kind, pulls, resets and sign-out wipes all
// derive from these two lines (app/db/syncedTables.ts, app/db/database.ts).
import type { EntityAccess } from './access'

export interface DeviceTable {
  /** The device's IndexedDB table holding the records. */
  table: string
  /**
   * Dexie's index list (the primary key `id` first, then every field a screen queries by) under the
   * database version that created the table, and under each later version that changed it. A released
   * entry is never edited: new indexes are a new entry under the next version (see app/db/database.ts).
   */
  indexes: Readonly<Record<number, string>>
}

/** Who reads an entity's records, and the device table holding them (all but plans have one). */
export type SyncedEntity = { read: EntityAccess['read'] } & (DeviceTable | { table?: never, indexes?: never })

export const syncedEntities = {
  // A plan is split into a plan row and task rows by planRepository, in tables database.ts declares.
  plan: { read: 'everyone' },
  progress: { read: 'unit', table: 'progress', indexes: { 1: 'id, unit, taskId, planId, subject' } },
  evidence: { read: 'unit', table: 'evidence', indexes: { 1: 'id, subject, taskId, unit' } },
  // Open-day events and public feedback (issue 5). Null values (no event, not referred) are simply absent from an index.
  event: { read: 'unit', table: 'events', indexes: { 2: 'id, unit, startsAt, status, type, *taskIds' } },
  eventChecklistItem: { read: 'unit', table: 'eventChecklist', indexes: { 2: 'id, eventId' } },
  checkin: { read: 'unit', table: 'checkins', indexes: { 2: 'id, eventId' } },
  eventSession: { read: 'unit', table: 'eventSessions', indexes: { 2: 'id, eventId' } },
  // Event photos keep their bytes in the device's `photos` table, like evidence.
  eventPhoto: { read: 'unit', table: 'eventPhotos', indexes: { 2: 'id, eventId' } },
  eventNote: { read: 'unit', table: 'eventNotes', indexes: { 2: 'id, eventId' } },
  eventTemplate: { read: 'organization', table: 'eventTemplates', indexes: { 2: 'id' } },
  // 4: [status+replyDue], so 首页 and the 意见 badge read only the open items due before a day.
  feedback: { read: 'unit', table: 'feedback', indexes: {
    2: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt',
    4: 'id, unit, referredTo, eventId, taskId, status, replyDue, receivedOn, topic, createdAt, [status+replyDue]',
  } },
  feedbackSettings: { read: 'organization', table: 'feedbackSettings', indexes: { 2: 'id' } },
  questionnaire: { read: 'organization', table: 'questionnaires', indexes: { 2: 'id' } },
  questionnaireResponse: { read: 'unit', table: 'questionnaireResponses', indexes: { 2: 'id, eventId, questionnaireId, unit' } },
  faq: { read: 'organization', table: 'faqs', indexes: { 2: 'id, status, topic' } },
} as const satisfies Record<string, SyncedEntity>

export type SyncedEntityName = keyof typeof syncedEntities
