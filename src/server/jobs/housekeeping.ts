// The periodic work of a running server: for now, erasing contact details that are due.
import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../db/schema'
import { pruneAttemptCounters } from '../auth/attemptLimits'
import { eraseDueContacts } from '../feedback/contactErasure'
import { pruneFingerprints } from '../sync/fingerprints'
import { PlanCatalog } from '../sync/planCatalog'
import { type PeriodicJob, startPeriodicJob } from './periodic'

export const defaultHousekeepingIntervalMs = 3600_000

export function startHousekeeping(db: Db, everyMs: number, log: FastifyBaseLogger, clock: () => number = Date.now): PeriodicJob {
  const catalog = new PlanCatalog()
  return startPeriodicJob('contact-erasure', everyMs, async () => {
    const now = clock()
    // Idempotent, so every process may run it: counters whose window ended a day ago count nothing.
    await pruneAttemptCounters(db, now - 86_400_000)
    await pruneFingerprints(db, now)
    const erased = await eraseDueContacts(db, catalog, now)
    if (erased.length)
      log.info({ erased: erased.length, ids: erased }, 'contact details erased')
  }, log)
}
