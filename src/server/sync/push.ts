// A push: the whole batch in one transaction, with the client's last sequence number moved in
// that same transaction, so a batch is applied exactly once however often it is sent.
import type { Transaction } from 'kysely'
import { formatBytes, maxMutationBytes, mutationBytes, type MutationResult, type PushRequest, type PushResponse } from '../../shared/sync/protocol'
import type { Db, Schema } from '../db/schema'
import type { Actor } from './access'
import type { PlanCatalog } from './planCatalog'
import { isRejectionCode } from '../../shared/api/errors'
import { hostileTextIssues } from '../../shared/records/safeText'
import { correctedTime } from '../../shared/sync/merge'
import { inTransaction } from '../db/transaction'
import { HttpError } from '../errors'
import { stageMutations, type StampedMutation, type WriteHooks } from './applyMutations'
import { fingerprintOf, rememberFingerprints, storedFingerprints } from './fingerprints'
import { rejections } from './reasons'
import { addSeq, hasSeq, parseRanges, type SeqRanges } from './sequenceRanges'

interface ClientState {
  lastSeq: number
  received: SeqRanges
}

/** Binds the client id to its first user and locks its row until commit. */
async function claimClient(trx: Transaction<Schema>, clientId: string, actor: Actor, now: number): Promise<ClientState> {
  const row = await trx.insertInto('clients')
    .values({ client_id: clientId, user_id: actor.id, last_seq: 0, updated_at: now, seen_seqs: '[]' })
    .onConflict(oc => oc.column('client_id').doUpdateSet(eb => ({ updated_at: eb.ref('clients.updated_at') })))
    .returning(['user_id', 'last_seq', 'seen_seqs'])
    .executeTakeFirstOrThrow()
  if (row.user_id !== actor.id)
    throw new HttpError(403, 'client_belongs_to_other_user', '这台设备上待同步的修改属于另一位用户，请由该用户登录后再同步')
  const lastSeq = Number(row.last_seq)
  return { lastSeq, received: parseRanges(row.seen_seqs, lastSeq) }
}

/** A resent mutation that was rejected the first time hears the same rejection again. */
async function earlierRejections(trx: Transaction<Schema>, clientId: string, seqs: number[]): Promise<Map<number, MutationResult>> {
  if (!seqs.length)
    return new Map()
  const rows = await trx.selectFrom('rejections').select(['seq', 'code', 'reason'])
    .where('client_id', '=', clientId).where('seq', 'in', seqs).execute()
  // Stored from a Rejection, so always a known code; `invalid` only if a later release dropped one.
  return new Map(rows.map(r => [r.seq, { seq: r.seq, status: 'rejected', code: isRejectionCode(r.code) ? r.code : 'invalid', reason: r.reason }]))
}

export async function applyPush(db: Db, catalog: PlanCatalog, actor: Actor, request: PushRequest, receivedAt: number, hooks?: WriteHooks): Promise<PushResponse> {
  const { clientId, sentAt, mutations } = request
  const results = await inTransaction(db, async (trx) => {
    const client = await claimClient(trx, clientId, actor, receivedAt)
    let received = client.received
    const fresh: StampedMutation[] = []
    const duplicates: number[] = []
    /** Refused before staging, remembered like any rejection. */
    const refused = new Map<number, MutationResult>()
    /** A second change under a number already in the batch: answered, not remembered (the number is the first's). */
    const reused = new Map<number, MutationResult>()
    const inBatch = new Set<number>()
    mutations.forEach((mutation, index) => {
      // Two changes under one number: the second was never stored, so it must not hear 'duplicate'.
      if (inBatch.has(mutation.seq)) {
        reused.set(index, { seq: mutation.seq, status: 'rejected', ...rejections.sequenceReused(mutation.seq) })
        return
      }
      inBatch.add(mutation.seq)
      // Only a number received before is a duplicate; a lower one never received is a change like any other.
      if (hasSeq(received, mutation.seq)) {
        duplicates.push(index)
        return
      }
      received = addSeq(received, mutation.seq)
      const bytes = mutationBytes(mutation)
      if (bytes > maxMutationBytes) {
        refused.set(index, { seq: mutation.seq, status: 'rejected', ...rejections.tooLarge(formatBytes(bytes), formatBytes(maxMutationBytes)) })
        return
      }
      // Refused before anything is locked or stored: PostgreSQL cannot hold such text at all.
      const issues = hostileTextIssues({ id: mutation.id, data: mutation.data }, ['mutations', index])
      if (issues.length) {
        refused.set(index, { seq: mutation.seq, status: 'rejected', ...rejections.invalid(issues) })
        return
      }
      fresh.push({ index, mutation, stamp: { t: correctedTime(mutation.at, sentAt, receivedAt), c: clientId, s: mutation.seq } })
    })

    const staged = await stageMutations(trx, catalog, actor, fresh, receivedAt)
    for (const [index, result] of [...refused, ...reused])
      staged.results.set(index, result)
    const rejectedBefore = await earlierRejections(trx, clientId, duplicates.map(i => mutations[i].seq))
    const fingerprints = await storedFingerprints(trx, clientId, duplicates.map(i => mutations[i].seq))
    for (const index of duplicates) {
      const seq = mutations[index].seq
      const heard = fingerprints.get(seq)
      // A number received before with other content: this change was never stored.
      if (heard && heard !== fingerprintOf(mutations[index]))
        staged.results.set(index, { seq, status: 'rejected', ...rejections.sequenceTaken(seq) })
      else
        staged.results.set(index, rejectedBefore.get(seq) ?? { seq, status: 'duplicate' })
    }
    await rememberFingerprints(trx, clientId, [...fresh.map(f => f.mutation), ...[...refused.keys()].map(i => mutations[i])], receivedAt)
    const rejected = [...fresh.map(f => staged.results.get(f.index)!), ...refused.values()].filter(r => r.status === 'rejected')
    if (rejected.length) {
      await trx.insertInto('rejections')
        .values(rejected.map(r => ({ client_id: clientId, seq: r.seq, code: r.code!, reason: r.reason!, created_at: receivedAt })))
        .execute()
    }
    if (received !== client.received) {
      const lastSeq = Math.max(client.lastSeq, received.at(-1)?.[1] ?? 0)
      await trx.updateTable('clients').set({ last_seq: lastSeq, seen_seqs: JSON.stringify(received), updated_at: receivedAt }).where('client_id', '=', clientId).execute()
    }
    await staged.publish(hooks)
    return mutations.map((_, index) => staged.results.get(index)!)
  })
  return { results, serverTime: receivedAt }
}
