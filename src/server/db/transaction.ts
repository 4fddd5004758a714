// Every multi-statement write runs here: all or nothing, and retried when PostgreSQL
// picked it as the victim of a deadlock or a serialization conflict.
import type { Transaction } from 'kysely'
import type { Db, Schema } from './schema'

const retryableCodes = new Set(['40P01', '40001'])

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && retryableCodes.has((error as { code?: string }).code ?? '')
}

export async function inTransaction<T>(db: Db, work: (trx: Transaction<Schema>) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    }
    catch (error) {
      if (attempt >= attempts || !isRetryable(error))
        throw error
      await new Promise(resolve => setTimeout(resolve, Math.random() * 20 * attempt))
    }
  }
}
