// Contact details are erased a set time after an item is closed (feedback settings, default 180
// days). The erasure is a versioned change written by the server, so every device pulls it; what
// history held of the details goes too, and the audit log records that it happened.
import type { Transaction } from 'kysely'
import type { Db, Schema } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import type { StampedRecord } from '../../shared/sync/merge'
import { erasedContactPatch } from '../../shared/feedback'
import { contactFields, type FeedbackRecord } from '../../shared/records/feedback'
import { feedbackSettingsDefaults, feedbackSettingsId } from '../../shared/records/feedbackSettings'
import { type AuditEntry, recordAudit } from '../audit'
import { inTransaction } from '../db/transaction'
import { stageMutations, type StampedMutation } from '../sync/applyMutations'
import { dropPlaceholders, lockRecords } from '../sync/recordStore'
import { serverActor } from '../sync/serverWrites'
import { contactValueFields } from './redaction'

const dayMs = 86_400_000
const batchSize = 100

export async function contactRetentionDays(db: Db): Promise<number> {
  const row = await db.selectFrom('records').select('data')
    .where('entity', '=', 'feedbackSettings').where('id', '=', feedbackSettingsId).where('version', '>', 0).where('deleted', '=', 0)
    .executeTakeFirst()
  const days = row ? JSON.parse(row.data).contactRetentionDays : undefined
  return typeof days === 'number' ? days : feedbackSettingsDefaults.contactRetentionDays
}

// Later than any stamp on the contact fields, so no field of the erasure loses to a device
// whose clock ran ahead.
function erasureStamp(state: StampedRecord, now: number) {
  const newest = Math.max(...contactFields.map(field => state.stamps[field]?.t ?? 0))
  return { t: Math.max(now, newest + 1), c: serverActor.id }
}

async function eraseLive(trx: Transaction<Schema>, catalog: PlanCatalog, live: Array<[string, StampedRecord]>, now: number): Promise<string[]> {
  const batch: StampedMutation[] = live.map(([id, state], index) => ({
    index,
    mutation: { seq: index + 1, entity: 'feedback', id, op: 'patch', data: erasedContactPatch(state.data as FeedbackRecord, now), at: now },
    stamp: erasureStamp(state, now),
  }))
  const staged = await stageMutations(trx, catalog, serverActor, batch, now)
  await staged.publish()
  return batch.filter(b => staged.results.get(b.index)?.status === 'applied').map(b => b.mutation.id)
}

// A deleted item is never sent again, so its stored copy is cleaned where it lies.
async function eraseTombstones(trx: Transaction<Schema>, gone: Array<[string, StampedRecord]>, now: number): Promise<string[]> {
  for (const [id, state] of gone) {
    const data = { ...state.data, ...erasedContactPatch(state.data as FeedbackRecord, now) }
    await trx.updateTable('records').set({ data: JSON.stringify(data) }).where('entity', '=', 'feedback').where('id', '=', id).execute()
  }
  return gone.map(([id]) => id)
}

/** Erases one batch of claimed items; the claim (deleting their queue rows) keeps two servers from both doing it. */
async function eraseBatch(trx: Transaction<Schema>, catalog: PlanCatalog, ids: string[], cutoff: number, now: number, retentionDays: number): Promise<string[]> {
  const claimed = await trx.deleteFrom('contact_erasure_queue')
    .where('record_id', 'in', ids).where('closed_at', '<=', cutoff)
    .returning(['record_id', 'closed_at']).execute()
  if (!claimed.length)
    return []
  const states = await lockRecords(trx, claimed.map(row => ({ entity: 'feedback', id: row.record_id })), now)
  const found = claimed.map(row => [row.record_id, states.get(`feedback\u0000${row.record_id}`) ?? null] as const)
  await dropPlaceholders(trx, found.filter(([, state]) => !state).map(([id]) => ({ entity: 'feedback', id })))
  const held = found.filter((f): f is [string, StampedRecord] => f[1] !== null)
  const erased = [
    ...await eraseLive(trx, catalog, held.filter(([, state]) => !state.deleted), now),
    ...await eraseTombstones(trx, held.filter(([, state]) => state.deleted), now),
  ]
  if (!erased.length)
    return []
  await trx.deleteFrom('record_history')
    .where('entity', '=', 'feedback').where('record_id', 'in', erased).where('field', 'in', [...contactValueFields])
    .execute()
  const closedAt = new Map(claimed.map(row => [row.record_id, row.closed_at]))
  const audit: AuditEntry[] = erased.map(id => ({ actor: serverActor.id, action: 'contact_erased', entity: 'feedback', recordId: id, detail: { closedAt: closedAt.get(id), retentionDays } }))
  await recordAudit(trx, audit, now)
  return erased
}

/** Erases every item now due and returns their ids; one indexed read when nothing is due. */
export async function eraseDueContacts(db: Db, catalog: PlanCatalog, now: number): Promise<string[]> {
  const retentionDays = await contactRetentionDays(db)
  const cutoff = now - retentionDays * dayMs
  const erased: string[] = []
  for (;;) {
    const due = await db.selectFrom('contact_erasure_queue').select('record_id')
      .where('closed_at', '<=', cutoff).orderBy('closed_at').limit(batchSize).execute()
    if (!due.length)
      break
    const done = await inTransaction(db, trx => eraseBatch(trx, catalog, due.map(row => row.record_id), cutoff, now, retentionDays))
    erased.push(...done)
    // A batch another server took is simply gone from the queue at the next look.
    if (due.length < batchSize)
      break
  }
  return erased
}
