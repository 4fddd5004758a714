// Row types of the device database. Synced tables hold the server's record shapes
// (src/shared/records); local-only tables are never sent anywhere.
import type { Mutation } from '../../shared/sync/protocol'
import type { PlanTask } from '../../shared/plan/types'
import type { CheckinRecord } from '../../shared/records/checkin'
import type { EventRecord } from '../../shared/records/event'
import type { EventChecklistItemRecord } from '../../shared/records/eventChecklist'
import type { EventNoteRecord } from '../../shared/records/eventNote'
import type { EventPhotoRecord } from '../../shared/records/eventPhoto'
import type { EventSessionRecord } from '../../shared/records/eventSession'
import type { EventTemplateRecord } from '../../shared/records/eventTemplate'
import type { EvidenceRecord } from '../../shared/records/evidence'
import type { FaqRecord } from '../../shared/records/faq'
import type { FeedbackRecord } from '../../shared/records/feedback'
import type { FeedbackSettingsRecord } from '../../shared/records/feedbackSettings'
import type { PlanRecord } from '../../shared/records/plan'
import type { ProgressRecord } from '../../shared/records/progress'
import type { QuestionnaireRecord } from '../../shared/records/questionnaire'
import type { QuestionnaireResponseRecord } from '../../shared/records/questionnaireResponse'
import type { DirectoryNode } from '../../shared/units/directory/node'

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

export type ProgressRow = ProgressRecord
export type EvidenceRow = EvidenceRecord

// Open-day events and public feedback (issue 5): rows are the records as synced. A feedback
// row pulled by another unit than the recording one holds its contact details masked.
export type EventRow = EventRecord
export type EventChecklistRow = EventChecklistItemRecord
export type CheckinRow = CheckinRecord
export type EventSessionRow = EventSessionRecord
export type EventPhotoRow = EventPhotoRecord
export type EventNoteRow = EventNoteRecord
export type EventTemplateRow = EventTemplateRecord
export type FeedbackRow = FeedbackRecord
export type FeedbackSettingsRow = FeedbackSettingsRecord
export type QuestionnaireRow = QuestionnaireRecord
export type QuestionnaireResponseRow = QuestionnaireResponseRecord
export type FaqRow = FaqRecord

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
