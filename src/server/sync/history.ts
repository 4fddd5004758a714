// The values a record lost, with who wrote each and when, as the asking user may see them.
import type { RecordHistoryEntry } from '../../shared/api/history'
import type { Db } from '../db/schema'
import type { Actor } from './access'
import type { PlanCatalog } from './planCatalog'
import { readerKeysOf } from './access'
import { rulesOf } from './entityRules'

export type HistoryLookup
  = | { found: false }
    | { found: true, readable: false }
    | { found: true, readable: true, entries: RecordHistoryEntry[] }

const mostEntries = 1000

async function mayRead(db: Db, catalog: PlanCatalog, actor: Actor, entity: string, id: string): Promise<boolean> {
  await catalog.refresh(db)
  const readers = readerKeysOf(actor, catalog)
  if (readers === null)
    return true
  const row = await db.selectFrom('record_access').select('reader')
    .where('entity', '=', entity).where('record_id', '=', id).where('visible', '=', 1).where('reader', 'in', readers)
    .limit(1).executeTakeFirst()
  return !!row
}

export async function recordHistory(db: Db, catalog: PlanCatalog, actor: Actor, entity: string, id: string): Promise<HistoryLookup> {
  const record = await db.selectFrom('records').select('data')
    .where('entity', '=', entity).where('id', '=', id).where('version', '>', 0).executeTakeFirst()
  if (!record)
    return { found: false }
  if (!await mayRead(db, catalog, actor, entity, id))
    return { found: true, readable: false }
  const rows = await db.selectFrom('record_history')
    .leftJoin('clients', 'clients.client_id', 'record_history.stamp_c')
    .leftJoin('users', 'users.id', 'clients.user_id')
    .select(['record_history.field', 'record_history.value', 'record_history.stamp_t', 'record_history.recorded_at', 'users.id as user_id', 'users.display_name', 'users.unit'])
    .where('record_history.entity', '=', entity).where('record_history.record_id', '=', id)
    .orderBy('record_history.recorded_at', 'desc').orderBy('record_history.stamp_t', 'desc')
    .limit(mostEntries)
    .execute()
  const rules = rulesOf(entity)
  const data = JSON.parse(record.data) as Record<string, unknown>
  const unkept = new Set(rules.unkeptHistory?.(data) ?? [])
  const entries: RecordHistoryEntry[] = []
  for (const row of rows) {
    const shown = unkept.has(row.field) ? null : rules.historyValueFor ? rules.historyValueFor(row.field, JSON.parse(row.value), data, actor) : { value: JSON.parse(row.value) }
    if (!shown)
      continue
    entries.push({
      field: row.field,
      value: shown.value,
      at: row.stamp_t,
      recordedAt: row.recorded_at,
      by: row.user_id ? { userId: row.user_id, displayName: row.display_name!, unit: row.unit! } : null,
    })
  }
  return { found: true, readable: true, entries }
}
