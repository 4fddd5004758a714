// Which feedback items still hold contact details and since when they are closed (deleted ones
// at once), kept beside every write, so the erasure job finds what is due with one indexed query.
import type { Transaction } from 'kysely'
import type { Schema } from '../db/schema'
import type { WrittenRecord } from '../sync/entityRules'
import { hasContact } from '../../shared/feedback'
import type { FeedbackRecord } from '../../shared/records/feedback'
import { chunks } from '../sync/recordStore'

/**
 * When the item's contact details start to count toward erasure; null when it has none to erase.
 * A closing time the phone puts in the future counts from when the server heard of it, so no
 * clock (wrong or chosen) keeps contact details past their time.
 */
function erasureClockOf({ state }: WrittenRecord, now: number): number | null {
  const item = state.data as Partial<FeedbackRecord>
  if (item.contactErasedAt != null || !hasContact({ nameMasked: item.nameMasked ?? null, phoneMasked: item.phoneMasked ?? null }))
    return null
  if (state.deleted)
    return 0
  return item.closedAt == null ? null : Math.min(item.closedAt, now)
}

export async function trackContactErasure(trx: Transaction<Schema>, written: WrittenRecord[], now: number): Promise<void> {
  const queued: Schema['contact_erasure_queue'][] = []
  const cleared: string[] = []
  for (const record of written) {
    const since = erasureClockOf(record, now)
    if (since === null)
      cleared.push(record.id)
    else
      queued.push({ record_id: record.id, closed_at: since })
  }
  for (const part of chunks(cleared))
    await trx.deleteFrom('contact_erasure_queue').where('record_id', 'in', part).execute()
  for (const part of chunks(queued)) {
    await trx.insertInto('contact_erasure_queue').values(part)
      // Never later than already queued: rewriting a closed item must not postpone its erasure.
      .onConflict(oc => oc.column('record_id').doUpdateSet(eb => ({
        closed_at: eb.case().when('contact_erasure_queue.closed_at', '<', eb.ref('excluded.closed_at'))
          .then(eb.ref('contact_erasure_queue.closed_at')).else(eb.ref('excluded.closed_at')).end(),
      })))
      .execute()
  }
}
