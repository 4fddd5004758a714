// Public feedback on the device: recorded whole (with the photo of a card, if any) in one
// transaction with its outbox entry; handling and adoption change by patches that carry
// their whole field group (shared/records/fieldRules.ts). Reads are kept current by live queries.
import type { HandlingPatch } from '../../shared/feedback/handling'
import type { ProcessedPhoto } from './evidenceRepository'
import type { FeedbackRow, FeedbackSettingsRow, PhotoRow } from './schema'
import { feedbackSettingsDefaults, feedbackSettingsId } from '../../shared/records/feedbackSettings'
import { db } from './database'
import { observe } from './live'
import { transactWithOutbox } from './outbox'
import { changeRecord, stageCreate } from './recordWrites'

type Stop = () => void
type Fail = (error: unknown) => void

/** The record and, for a photographed card, its bytes: all of it stored, or none. */
export function recordFeedback(record: FeedbackRow, photo: ProcessedPhoto | null): Promise<FeedbackRow> {
  return transactWithOutbox([db.feedback, db.photos], async (enqueue) => {
    if (photo && !(await db.photos.get(photo.ref.sha256))) {
      const row: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(row)
    }
    return stageCreate(enqueue, 'feedback', record)
  })
}

/** One move of the handling flow; the patch is the whole handling group (handlingPatch). */
export function changeFeedbackHandling(id: string, patch: HandlingPatch): Promise<FeedbackRow> {
  return changeRecord('feedback', id, patch)
}

export function changeFeedbackAdoption(id: string, adoption: FeedbackRow['adoption']): Promise<FeedbackRow> {
  return changeRecord('feedback', id, { adoption })
}

/**
 * Items a unit's staff handle: recorded by the unit or referred to it. Coordinators (unit
 * null) read every item on the device.
 */
export function observeFeedback(unit: string | null, next: (rows: FeedbackRow[]) => void, fail: Fail): Stop {
  return observe(async () => {
    if (!unit)
      return db.feedback.toArray()
    const [own, referred] = await Promise.all([
      db.feedback.where('unit').equals(unit).toArray(),
      db.feedback.where('referredTo').equals(unit).toArray(),
    ])
    const ids = new Set(own.map(row => row.id))
    return [...own, ...referred.filter(row => !ids.has(row.id))]
  }, next, fail)
}

/**
 * Unanswered items past their reply day, read through the deadline index only (首页 shows them
 * without loading the whole inbox). `today` is YYYY-MM-DD in Shanghai.
 */
export function observeOverdueFeedback(unit: string | null, today: string, next: (rows: FeedbackRow[]) => void, fail: Fail): Stop {
  const open = new Set<FeedbackRow['status']>(['registered', 'referred'])
  return observe(() => db.feedback.where('replyDue').below(today)
    .filter(row => open.has(row.status) && (unit === null || row.unit === unit || row.referredTo === unit))
    .toArray(), next, fail)
}

export function observeFeedbackItem(id: string, next: (row: FeedbackRow | null) => void, fail: Fail): Stop {
  return observe(async () => (await db.feedback.get(id)) ?? null, next, fail)
}

/** The coordinators' settings (topics, reply deadline); the defaults until they first change them. */
export function observeFeedbackSettings(next: (settings: FeedbackSettingsRow) => void, fail: Fail): Stop {
  return observe(async () => (await db.feedbackSettings.get(feedbackSettingsId)) ?? feedbackSettingsDefaults, next, fail)
}

/** A settings change; the first one creates the record from the defaults, as on the server. */
export function changeFeedbackSettings(change: Partial<Omit<FeedbackSettingsRow, 'id'>>): Promise<FeedbackSettingsRow> {
  return changeRecord('feedbackSettings', feedbackSettingsId, change)
}
