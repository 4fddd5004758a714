// Records the server itself writes (the bundled plans), through the same merge, access and
// versioning path as a device's push, so devices pull them like any other change.
import type { Db } from '../db/schema'
import { type Actor, serverActorId } from './access'
import type { PlanCatalog } from './planCatalog'
import type { EntityName } from '../../shared/records'
import { inTransaction } from '../db/transaction'
import { stageMutations } from './applyMutations'

export const serverActor: Actor = { id: serverActorId, unit: '', role: 'coordinator' }

export interface ServerWriteResult {
  written: string[]
  unchanged: string[]
  rejected: Array<{ id: string, reason: string }>
}

/**
 * Puts whole records as the server. A record equal to the stored one, ignoring the fields in
 * `ignore` (such as an import time), is left alone so restarts do not churn versions; so is a
 * stored record `replaces` says the server must not overwrite (a coordinator's own import).
 */
export async function putAsServer(db: Db, catalog: PlanCatalog, entity: EntityName, records: Array<Record<string, unknown> & { id: string }>, now: number, ignore: string[] = [], replaces: (stored: Record<string, unknown>) => boolean = () => true): Promise<ServerWriteResult> {
  const comparable = (data: Record<string, unknown>) => JSON.stringify(Object.entries(data).filter(([k]) => !ignore.includes(k)).sort(([a], [b]) => a < b ? -1 : 1))
  return inTransaction(db, async (trx) => {
    const stored = records.length
      ? await trx.selectFrom('records').select(['id', 'data']).where('entity', '=', entity).where('id', 'in', records.map(r => r.id)).where('version', '>', 0).execute()
      : []
    const storedById = new Map(stored.map(r => [r.id, JSON.parse(r.data) as Record<string, unknown>]))
    const changed = records.filter((r) => {
      const found = storedById.get(r.id)
      return !found || (replaces(found) && comparable(found) !== comparable(r))
    })
    const batch = changed.map((data, index) => ({
      index,
      mutation: { seq: index + 1, entity, id: data.id, op: 'put' as const, data, at: now },
      stamp: { t: now, c: serverActor.id },
    }))
    const staged = await stageMutations(trx, catalog, serverActor, batch, now)
    await staged.publish()
    const result: ServerWriteResult = { written: [], unchanged: records.filter(r => !changed.includes(r)).map(r => r.id), rejected: [] }
    batch.forEach(({ index, mutation }) => {
      const outcome = staged.results.get(index)!
      if (outcome.status === 'rejected')
        result.rejected.push({ id: mutation.id, reason: outcome.reason ?? outcome.code ?? 'rejected' })
      else
        result.written.push(mutation.id)
    })
    return result
  })
}
