// Makes the device's reads of chosen tables fail the way IndexedDB fails them (an UnknownError, as
// Safari gives after evicting storage), through the real Dexie stack, live queries included.
import type { DBCore, DBCoreTable, Middleware } from 'dexie'
import { db } from '../../../src/app/db/database'

const failing = new Set<string>()
const readFailure = () => Promise.reject(new DOMException('Reading from IndexedDB failed', 'UnknownError'))

function failingTable(table: DBCoreTable): DBCoreTable {
  const fails = () => failing.has(table.name)
  return {
    ...table,
    get: request => fails() ? readFailure() : table.get(request),
    getMany: request => fails() ? readFailure() : table.getMany(request),
    query: request => fails() ? readFailure() : table.query(request),
    openCursor: request => fails() ? readFailure() : table.openCursor(request),
    count: request => fails() ? readFailure() : table.count(request),
  }
}

const middleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'failingReads',
  create: down => ({ ...down, table: name => failingTable(down.table(name)) }),
}

/** Puts the switch under the database (which opens again for it); reads work until failReadsOf. */
export async function installFailingReads(): Promise<void> {
  db.close()
  db.use(middleware)
  await db.open()
}

export function failReadsOf(...tables: string[]): void {
  for (const table of tables)
    failing.add(table)
}

export function readsWorkAgain(): void {
  failing.clear()
}
