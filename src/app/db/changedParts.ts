// What a write past Dexie (nativeOutboxWrite.ts) changed, in the terms Dexie's live queries and
// query cache listen for (storageMutations.ts announces it).
import type { IndexableType, IndexSpec, ObservabilitySet } from 'dexie'
import type { AppDB } from './database'
import Dexie, { cmp, RangeSet } from 'dexie'

export interface RowChange {
  table: string
  key: string | number
  before: object | undefined
  after: object
}

/**
 * The parts of the database the changes touched, keyed as Dexie's observability middleware keys
 * them for a put: the primary key (also as a possible deletion), and each index's old and new
 * value where they differ. Precise, so only the live queries that read these rows run again.
 */
export function partsChanged(database: AppDB, changes: RowChange[]): ObservabilitySet {
  const parts: Record<string, RangeSet> = {}
  const rangeOf = (table: string, index: string) => (parts[`idb://${database.name}/${table}/${index}`] ??= new RangeSet())
  for (const { table, key, before, after } of changes) {
    rangeOf(table, '').addKey(key)
    rangeOf(table, ':dels').addKey(key)
    for (const index of database.table(table).schema.indexes) {
      const old = indexKeyOf(index, before)
      const now = indexKeyOf(index, after)
      if (old !== undefined && now !== undefined && cmp(old, now) === 0)
        continue
      for (const changed of [old, now]) {
        if (changed !== undefined)
          rangeOf(table, index.name).addKeys((index.multi && Array.isArray(changed) ? changed : [changed]) as IndexableType[])
      }
    }
  }
  return parts
}

/** The row's key in the index, or undefined where IndexedDB does not index it. */
function indexKeyOf(index: IndexSpec, row: object | undefined): IndexableType | undefined {
  if (!row)
    return undefined
  if (!index.keyPath)
    return undefined
  const values = [index.keyPath].flat().map(path => Dexie.getByKeyPath(row, path) as IndexableType | null | undefined)
  if (values.some(value => value === undefined || value === null))
    return undefined
  return Array.isArray(index.keyPath) ? values as IndexableType : values[0]!
}
