// Where each synced entity's records live on the device: the one mapping that pulls, the
// user-switch cleanup, the unsent export and the record writes all go through, so an entity
// added to the registry (src/shared/records) is synced once it has a line here.
// Plans are the exception: a plan record is split into a plan row and task rows (planRepository).
import type { Table } from 'dexie'
import type { EntityName } from '../../shared/records'
import type { AppDB } from './database'
import type {
  CheckinRow,
  EventChecklistRow,
  EventNoteRow,
  EventPhotoRow,
  EventRow,
  EventSessionRow,
  EventTemplateRow,
  EvidenceRow,
  FaqRow,
  FeedbackRow,
  FeedbackSettingsRow,
  ProgressRow,
  QuestionnaireResponseRow,
  QuestionnaireRow,
} from './schema'
import type { EntityAccess } from '../../shared/records/access'
import { readers } from '../../shared/records/readers'

export type RecordEntity = Exclude<EntityName, 'plan'>

export interface SyncedRows {
  progress: ProgressRow
  evidence: EvidenceRow
  event: EventRow
  eventChecklistItem: EventChecklistRow
  checkin: CheckinRow
  eventSession: EventSessionRow
  eventPhoto: EventPhotoRow
  eventNote: EventNoteRow
  eventTemplate: EventTemplateRow
  feedback: FeedbackRow
  feedbackSettings: FeedbackSettingsRow
  questionnaire: QuestionnaireRow
  questionnaireResponse: QuestionnaireResponseRow
  faq: FaqRow
}

export const syncedTables = {
  progress: 'progress',
  evidence: 'evidence',
  event: 'events',
  eventChecklistItem: 'eventChecklist',
  checkin: 'checkins',
  eventSession: 'eventSessions',
  eventPhoto: 'eventPhotos',
  eventNote: 'eventNotes',
  eventTemplate: 'eventTemplates',
  feedback: 'feedback',
  feedbackSettings: 'feedbackSettings',
  questionnaire: 'questionnaires',
  questionnaireResponse: 'questionnaireResponses',
  faq: 'faqs',
} as const satisfies { [E in RecordEntity]: keyof AppDB }

export const recordEntities = Object.keys(syncedTables) as RecordEntity[]

export function isRecordEntity(entity: string): entity is RecordEntity {
  return Object.hasOwn(syncedTables, entity)
}

export function tableOf<E extends RecordEntity>(database: AppDB, entity: E): Table<SyncedRows[E], string> {
  return database[syncedTables[entity]] as unknown as Table<SyncedRows[E], string>
}

/**
 * Entities only some users may read. When another user signs in on this device, what the
 * previous one could see of these is removed; records everyone reads stay.
 */
// Widened: today every entity here is read by a unit or an organization, but one read by everyone may come back.
const readBy: Record<string, EntityAccess['read']> = readers
export const restrictedEntities = recordEntities.filter(entity => readBy[entity] !== 'everyone')
