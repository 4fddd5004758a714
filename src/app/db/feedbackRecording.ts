// Quick entry's write: an item recorded whole (with the photo of a card, if any) in one
// transaction with its outbox entry. Apart from feedbackRepository.ts, so the transaction past
// Dexie it takes (nativeOutboxWrite.ts) comes with the entry form, not with an item's handling.
import type { ProcessedPhoto } from './evidenceRepository'
import type { FeedbackRow, PhotoRow } from './schema'
import { db } from './database'
import { putWithOutbox } from './nativeOutboxWrite'
import { transactRecords, validatedRecord } from './recordWrites'

/** The record and, for a photographed card, its bytes: all of it stored, or none. */
export async function recordFeedback(record: FeedbackRow, photo: ProcessedPhoto | null): Promise<FeedbackRow> {
  // An item without a photo is one row: written with its outbox entry in IndexedDB's own
  // transaction, past Dexie's work on each request and its re-reading of every live query before
  // the save could resume (issue 13: tap to durable within 100 ms at 4× CPU). A photo is a second
  // table, which that write does not take: such an item, or a device where it cannot be done, goes through Dexie.
  if (!photo) {
    const valid = await validatedRecord('feedback', record)
    const native = await putWithOutbox<FeedbackRow>(db, 'feedback', { entity: 'feedback', id: valid.id, op: 'put', data: valid as unknown as Record<string, unknown> }, () => valid)
    if (native)
      return native.after
  }
  return transactRecords([db.feedback, db.photos], async (stage) => {
    if (photo && !(await db.photos.get(photo.ref.sha256))) {
      const row: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(row)
    }
    return stage.create('feedback', record)
  })
}
