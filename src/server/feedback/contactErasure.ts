// Contact details are erased a set time after an item is closed (the feedback settings of the
// organization the item's unit belongs to, else the shared settings, default 180 days). The erasure is a versioned change written by the server, so every device pulls it; what
// history held of the details goes too, and the audit log records that it happened.
import type { Transaction } from 'kysely'
import type { Db, Schema } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import type { StampedRecord } from '../../shared/sync/merge'
import { erasedContactPatch } from '../../shared/feedback'
import { contactFields, type FeedbackRecord } from '../../shared/records/feedback'
import { feedbackSettingsDefaults, feedbackSettingsId } from '../../shared/records/feedbackSettings'
import { indexDirectory, organizationOf } from '../../shared/units/directory'
import { loadDirectoryNodes } from '../directory/store'
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

/** Retention days per unit: its organization's own settings, else the shared ones, else the default. */
async function retentionByUnit(db: Db): Promise<{ daysOf: (unit: unknown) => number, shortest: number }> {
  const rows = await db.selectFrom('records').select('data')
    .where('entity', '=', 'feedbackSettings').where('version', '>', 0).where('deleted', '=', 0).execute()
  const shared = await contactRetentionDays(db)
  const byOrganization = new Map<string, number>()
  for (const row of rows) {
    const settings = JSON.parse(row.data) as { owner?: unknown, contactRetentionDays?: unknown }
    if (typeof settings.owner === 'string' && typeof settings.contactRetentionDays === 'number')
      byOrganization.set(settings.owner, settings.contactRetentionDays)
  }
  const directory = byOrganization.size ? indexDirectory(await loadDirectoryNodes(db)) : null
  const daysOf = (unit: unknown) => {
    const organization = directory && typeof unit === 'string' ? organizationOf(directory, unit)?.id : undefined
    return (organization ? byOrganization.get(organization) : undefined) ?? shared
  }
  return { daysOf, shortest: Math.min(shared, ...byOrganization.values()) }
}

/** Of the queued items, those whose own retention has run out by `now`. */
async function dueAmong(db: Db, queued: Array<{ record_id: string, closed_at: number }>, daysOf: (unit: unknown) => number, now: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('records').select(['id', 'data'])
    .where('entity', '=', 'feedback').where('id', 'in', queued.map(q => q.record_id)).execute()
  const units = new Map(rows.map(row => [row.id, (JSON.parse(row.data) as { unit?: unknown }).unit]))
  const due = new Map<string, number>()
  for (const { record_id: id, closed_at: closedAt } of queued) {
    const days = daysOf(units.get(id))
    if (closedAt <= now - days * dayMs)
      due.set(id, days)
  }
  return due
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
async function eraseBatch(trx: Transaction<Schema>, catalog: PlanCatalog, ids: string[], cutoff: number, now: number, retentionDays: ReadonlyMap<string, number>): Promise<string[]> {
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
  const audit: AuditEntry[] = erased.map(id => ({ actor: serverActor.id, action: 'contact_erased', entity: 'feedback', recordId: id, detail: { closedAt: closedAt.get(id), retentionDays: retentionDays.get(id) } }))
  await recordAudit(trx, audit, now)
  return erased
}

/** Erases every item now due and returns their ids; one indexed read when nothing is due. */
export async function eraseDueContacts(db: Db, catalog: PlanCatalog, now: number): Promise<string[]> {
  const { daysOf, shortest } = await retentionByUnit(db)
  // Nothing closed after the shortest retention can be due; older items wait for their own
  // organization's, so the queue is walked past the ones not due yet.
  const cutoff = now - shortest * dayMs
  const erased: string[] = []
  let after = { closedAt: -1, id: '' }
  for (;;) {
    const queued = await db.selectFrom('contact_erasure_queue').select(['record_id', 'closed_at'])
      .where('closed_at', '<=', cutoff)
      .where(eb => eb.or([eb('closed_at', '>', after.closedAt), eb.and([eb('closed_at', '=', after.closedAt), eb('record_id', '>', after.id)])]))
      .orderBy('closed_at').orderBy('record_id').limit(batchSize).execute()
    if (!queued.length)
      break
    const last = queued[queued.length - 1]
    after = { closedAt: last.closed_at, id: last.record_id }
    const due = await dueAmong(db, queued, daysOf, now)
    if (due.size)
      erased.push(...await inTransaction(db, trx => eraseBatch(trx, catalog, [...due.keys()], cutoff, now, due)))
    // A batch another server took is simply gone from the queue at the next look.
    if (queued.length < batchSize)
      break
  }
  return erased
}
