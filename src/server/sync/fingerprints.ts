// What each received change held, by the device's sequence number, so a number sent again with
// other content is told apart from a resend of the same change.
import { createHash } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Mutation } from '../../shared/sync/protocol'
import type { Db, Schema } from '../db/schema'
import { chunks } from './recordStore'

/** How long fingerprints are kept; a resend after that is taken to be the same change. */
export const fingerprintRetentionMs = 90 * 86_400_000

export function fingerprintOf({ entity, id, op, data, at }: Mutation): string {
  return createHash('sha256').update(JSON.stringify([entity, id, op, data, at])).digest('base64url').slice(0, 22)
}

/** The stored fingerprints of these sequence numbers of a device. */
export async function storedFingerprints(trx: Transaction<Schema>, clientId: string, seqs: number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>()
  for (const part of chunks(seqs)) {
    const rows = await trx.selectFrom('received_mutations').select(['seq', 'fingerprint']).where('client_id', '=', clientId).where('seq', 'in', part).execute()
    rows.forEach(row => found.set(Number(row.seq), row.fingerprint))
  }
  return found
}

export async function rememberFingerprints(trx: Transaction<Schema>, clientId: string, mutations: Mutation[], now: number): Promise<void> {
  const rows = mutations.map(m => ({ client_id: clientId, seq: m.seq, fingerprint: fingerprintOf(m), received_at: now }))
  for (const part of chunks(rows))
    await trx.insertInto('received_mutations').values(part).onConflict(oc => oc.doNothing()).execute()
}

export async function pruneFingerprints(db: Db, now: number): Promise<void> {
  await db.deleteFrom('received_mutations').where('received_at', '<', now - fingerprintRetentionMs).execute()
}
