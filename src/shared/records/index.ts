// The registry of synced entities: what a full record and a patch of each must look like.
// Server and device validate against the same schemas.
import type { z } from 'zod'
import type { EntityAccess } from './access'
import { evidencePatchSchema, evidenceRecordSchema } from './evidence'
import { planRecordSchema } from './plan'
import { progressDefaults, progressPatchSchema, progressRecordSchema } from './progress'

export interface EntityDefinition {
  record: z.ZodType<Record<string, unknown>>
  /** What a patch may carry, or null when the entity is only ever put whole. */
  patch: z.ZodType<Record<string, unknown>> | null
  /** Filled in under the first patch that creates a record; the result must pass `record`. */
  defaults: Record<string, unknown>
  /** Who reads and writes; without it, read by the record's unit and written by coordinators. */
  access?: EntityAccess
}

export const entities = {
  plan: { record: planRecordSchema, patch: null, defaults: {}, access: { read: 'everyone', write: 'coordinators' } },
  progress: { record: progressRecordSchema, patch: progressPatchSchema, defaults: progressDefaults, access: { read: 'unit', write: 'unit', taskField: 'taskId' } },
  evidence: { record: evidenceRecordSchema, patch: evidencePatchSchema, defaults: {}, access: { read: 'unit', write: 'unit', taskField: 'taskId' } },
} satisfies Record<string, EntityDefinition>

export type EntityName = keyof typeof entities
export const entityNames = Object.keys(entities) as [EntityName, ...EntityName[]]
export { type EntityAccess, restrictedAccess } from './access'
