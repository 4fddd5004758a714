// What every route needs, built once by buildApp and handed to each route module.
import type { Database } from './db/connect'
import type { Db } from './db/schema'
import type { PhotoStorage } from './photos/storage'
import type { WriteHooks } from './sync/applyMutations'
import type { PlanCatalog } from './sync/planCatalog'

export interface ServerContext {
  database: Database
  db: Db
  catalog: PlanCatalog
  photos: PhotoStorage
  /** Epoch ms; replaceable so tests can move time past a session's expiry. */
  clock: () => number
  sessionTtlMs: number
  loginRateLimit: { max: number, timeWindowMs: number }
  /** Failed sign-ins per address over every account: password spraying. */
  loginSprayLimit: { max: number, timeWindowMs: number }
  /** Per address, for the public questionnaire (reads may be four times as many). */
  publicRateLimit: { max: number, timeWindowMs: number }
  /** Base of public questionnaire links, when the server cannot tell it from the request. */
  publicUrl?: string
  jsonBodyLimitBytes: number
  photoLimitBytes: number
  writeHooks?: WriteHooks
}
