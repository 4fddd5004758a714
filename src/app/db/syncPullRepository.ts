// What the sync engine writes when changes arrive from the server. A record with local
// changes still waiting to be sent is never overwritten: the device's value goes out first
// and the merged result comes back in a later pull.
import type { PlanRecord } from '../../shared/records/plan'
import type { Change } from '../../shared/sync/protocol'
import { type AppDB, db } from './database'
import { planToRows } from './planRepository'
import { isRecordEntity, type RecordEntity, recordEntities, restrictedEntities, syncedTables, tableOf } from './syncedTables'

export const recordKey = (entity: string, id: string) => `${entity}|${id}`

const cursorKey = 'sync:cursor'
const refreshKey = 'sync:refresh'

interface StoredCursor {
  userId: string
  cursor: string
}

async function waitingKeys(database: AppDB, keys?: Array<[string, string]>): Promise<Set<string>> {
  const rows = keys
    ? await database.outbox.where('[entity+id]').anyOf(keys).toArray()
    : await database.outbox.toArray()
  return new Set(rows.filter(row => !row.rejected).map(row => recordKey(row.entity, row.id)))
}

/**
 * Where this user's pull continues. Another user than last time starts from the beginning,
 * after removing what the previous user could see, except records with changes still waiting.
 */
export function cursorForUser(userId: string, database: AppDB = db): Promise<string> {
  const restricted = restrictedEntities.map(entity => tableOf(database, entity))
  return database.transaction('rw', [...restricted, database.outbox, database.meta], async () => {
    const stored = (await database.meta.get(cursorKey))?.value as StoredCursor | undefined
    if (stored?.userId === userId)
      return stored.cursor
    if (stored) {
      const keep = await waitingKeys(database)
      for (const entity of restrictedEntities)
        await tableOf(database, entity).filter(row => !keep.has(recordKey(entity, row.id))).delete()
    }
    await database.meta.put({ key: cursorKey, value: { userId, cursor: '0' } satisfies StoredCursor })
    return '0'
  })
}

export interface PulledChunkTarget {
  userId: string
  /** Stored in the same transaction as the changes, so a crash never skips or repeats a chunk. */
  cursor: string | null
  /** When set, only these records are written (a refresh of records whose final value is unsure). */
  only: Set<string> | null
}

export interface PulledChunkOutcome {
  /** Keys (entity|id) of the records written or deleted. */
  written: string[]
  /** Records left alone because local changes are still waiting to be sent. */
  skipped: number
  /** Main-thread time spent handing the rows to IndexedDB (each put clones its row synchronously). */
  busyMs: number
}

type RowWrites = Map<RecordEntity, { put: Array<{ id: string }>, removed: string[] }>

/** Collects the chunk's rows per table, so each table takes one bulk put and one bulk delete. */
function addRowWrite(writes: RowWrites, entity: RecordEntity, change: Change): void {
  const rows = writes.get(entity) ?? { put: [], removed: [] }
  if (change.deleted || !change.data)
    rows.removed.push(change.id)
  else
    rows.put.push({ ...change.data, id: change.id })
  writes.set(entity, rows)
}

export function applyPulledChanges(changes: Change[], target: PulledChunkTarget, database: AppDB = db): Promise<PulledChunkOutcome> {
  const tables = [database.plans, database.tasks, ...recordEntities.map(entity => tableOf(database, entity)), database.outbox, database.meta]
  return database.transaction('rw', tables, async () => {
    const latest = new Map<string, Change>()
    for (const change of changes) {
      const key = recordKey(change.entity, change.id)
      if (!target.only || target.only.has(key))
        latest.set(key, change)
    }
    const waiting = await waitingKeys(database, [...latest.values()].map(c => [c.entity, c.id]))
    const outcome: PulledChunkOutcome = { written: [], skipped: 0, busyMs: 0 }
    const writes: RowWrites = new Map()
    for (const [key, change] of latest) {
      if (waiting.has(key)) {
        outcome.skipped++
        continue
      }
      if (change.entity === 'plan')
        await writePlan(change, database)
      else if (isRecordEntity(change.entity))
        addRowWrite(writes, change.entity, change)
      else
        continue
      outcome.written.push(key)
    }
    for (const [entity, rows] of writes)
      await database.table(syncedTables[entity]).bulkDelete(rows.removed)
    const began = performance.now()
    const puts = [...writes].map(([entity, rows]) => database.table(syncedTables[entity]).bulkPut(rows.put))
    outcome.busyMs = performance.now() - began
    await Promise.all(puts)
    if (target.cursor !== null)
      await database.meta.put({ key: cursorKey, value: { userId: target.userId, cursor: target.cursor } satisfies StoredCursor })
    return outcome
  })
}

async function writePlan(change: Change, database: AppDB): Promise<void> {
  await database.tasks.where('planId').equals(change.id).delete()
  if (change.deleted || !change.data) {
    await database.plans.delete(change.id)
    return
  }
  const { plan, tasks } = planToRows({ ...change.data, id: change.id } as PlanRecord)
  await database.plans.put(plan)
  await database.tasks.bulkPut(tasks)
}

/** Must run inside a transaction that includes meta. */
export async function addRefreshKeys(keys: string[], database: AppDB = db): Promise<void> {
  if (!keys.length)
    return
  const earlier = await readRefreshKeys(database)
  await database.meta.put({ key: refreshKey, value: [...new Set([...earlier, ...keys])] })
}

export async function readRefreshKeys(database: AppDB = db): Promise<string[]> {
  return ((await database.meta.get(refreshKey))?.value as string[] | undefined) ?? []
}

/** After a full pass over the server's records, these keys are up to date (or still waiting to be sent). */
export function finishRefresh(keys: string[], database: AppDB = db): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    const done = new Set(keys)
    await database.meta.put({ key: refreshKey, value: (await readRefreshKeys(database)).filter(key => !done.has(key)) })
  })
}
