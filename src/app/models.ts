// The record shapes screens render. Components import them from here rather than from
// src/app/db, which they must not reach (every write has to go through the outbox).
export type { EvidenceRow, PlanRow, ProgressRow, TaskRow } from './db/schema'
