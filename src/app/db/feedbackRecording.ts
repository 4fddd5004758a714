// Quick entry's write: an item recorded whole (with the photo of a card, if any) in one
// transaction with its outbox entry. Apart from feedbackRepository.ts, so the transactions past
// Dexie it takes (the writer worker, nativeOutboxWrite.ts) come with the entry form, not with an item's handling.
import type { ProcessedPhoto } from './evidenceRepository'
import type { FeedbackRow, PhotoRow } from './schema'
import { db } from './database'
import type { RecordMutation } from './outboxRow'
import { transactRecords, validatedRecord } from './recordWrites'
import { startWriterWorker, writePastDexie } from './writerWorker'

export interface RecordedFeedback {
  row: FeedbackRow
  /** performance.now() once the write was committed: with strict durability, on disk. */
  durableAt: number
}

/** The record and, for a photographed card, its bytes: all of it stored, or none. */
export async function recordFeedback(record: FeedbackRow, photo: ProcessedPhoto | null): Promise<RecordedFeedback> {
  // An item without a photo is one row: written with its outbox entry in IndexedDB's own
  // transaction, past Dexie's work on each request and its re-reading of every live query before
  // the save could resume (issue 13: tap to durable within 100 ms at 4× CPU), in the writer worker
  // where it is open (a tap's IndexedDB answers wait for the page's next frame). A photo is a second
  // table, which that write does not take: such an item, or a device where it cannot be done, goes through Dexie.
  if (!photo) {
    const valid = await validatedRecord('feedback', record)
    const fields = valid as unknown as Record<string, unknown>
    const mutation: RecordMutation = { entity: 'feedback', id: valid.id, op: 'put', data: fields }
    const native = await writePastDexie<FeedbackRow>(db, 'feedback', mutation, { fields, replace: true })
    if (native)
      return { row: native.after, durableAt: native.committedAt }
  }
  const row = await transactRecords([db.feedback, db.photos], async (stage) => {
    if (photo && !(await db.photos.get(photo.ref.sha256))) {
      const bytes: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(bytes)
    }
    return stage.create('feedback', record)
  })
  return { row, durableAt: performance.now() }
}

/** Before the first item of the entry form: the writer worker opens the database meanwhile. */
export function prepareFeedbackRecording(): void {
  startWriterWorker(db)
}
