// Row types of the device database. Synced tables hold the server's record shapes
// (src/shared/records); local-only tables are never sent anywhere.
import type { Mutation } from '../../shared/sync/protocol'
import type { PlanTask } from '../../shared/plan/types'
import type { PlanRecord } from '../../shared/records/plan'
import type { DirectoryNode } from '../../shared/units/directory/node'
import type { SyncedRows } from './syncedTables'

/**
 * A plan with its task rows packed in: the whole library is read as a handful of plan
 * objects, which IndexedDB hands back about ten times faster than 10,000 separate rows.
 * The same task rows are also kept one per row in `tasks`, for lookups and indexes.
 */
export type PlanRow = Omit<PlanRecord, 'tasks'> & { taskCount: number, taskRows: TaskRow[] }

export interface TaskRow extends PlanTask {
  id: string
  planId: string
  year: number
  /** Every unit named as lead or owner anywhere in the task, for "my unit" queries. */
  units: string[]
}

// Synced rows are the records as synced (syncedTables.ts derives them from the registry); these names
// are shorthands for the repositories. A feedback row pulled by another unit than the recording one
// holds its contact details masked.
export type ProgressRow = SyncedRows['progress']
export type EvidenceRow = SyncedRows['evidence']
export type EventRow = SyncedRows['event']
export type EventChecklistRow = SyncedRows['eventChecklistItem']
export type CheckinRow = SyncedRows['checkin']
export type EventSessionRow = SyncedRows['eventSession']
export type EventPhotoRow = SyncedRows['eventPhoto']
export type EventNoteRow = SyncedRows['eventNote']
export type EventTemplateRow = SyncedRows['eventTemplate']
export type FeedbackRow = SyncedRows['feedback']
export type FeedbackSettingsRow = SyncedRows['feedbackSettings']
export type QuestionnaireRow = SyncedRows['questionnaire']
export type QuestionnaireResponseRow = SyncedRows['questionnaireResponse']
export type FaqRow = SyncedRows['faq']

/** Local copy of a directory node (fetched, not synced record by record): names for unit ids. */
export type DirectoryRow = DirectoryNode

/** Local only: photo bytes kept on the device until the server has them. */
export interface PhotoRow {
  sha256: string
  blob: Blob
  thumb: Blob
  mime: string
  width: number
  height: number
  bytes: number
  /** 1 once the server confirmed it holds these bytes (0/1 so it can be indexed). */
  uploaded: 0 | 1
}

/** Local only: a change waiting to be pushed. Written in the same transaction as the change. */
export interface OutboxRow extends Mutation {
  localId?: number
  clientId: string
  /** Who made the change: it is only ever sent under this user's session. */
  userId: string | null
  createdAt: number
  attempts: number
  lastError: string | null
  /** Set when the server rejected it for good: kept to show the user, never resent. */
  rejected: { reason: string, code: string } | null
}

/** Local only: small key-value settings and sync state. */
export interface MetaRow {
  key: string
  value: unknown
}
