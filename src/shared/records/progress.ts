import { z } from 'zod'
import { recordId, unitName } from './common'
import { progressIdOf, progressStatuses } from './progressIdentity'

export { progressDefaults, progressIdOf, progressStatuses, type ProgressStatus } from './progressIdentity'

/**
 * One unit's progress on one checklist item or numeric target. Its id is derived from
 * unit and subject, so two phones of the same unit edit the same record and merge per field.
 */
export const progressRecordSchema = z.object({
  id: recordId,
  unit: unitName,
  planId: recordId,
  taskId: recordId,
  subject: recordId,
  status: z.enum(progressStatuses),
  note: z.string().max(5000),
  count: z.number().int().min(0).max(1_000_000),
})

export type ProgressRecord = z.infer<typeof progressRecordSchema>

/**
 * A patch carries the fields that changed plus the identifying ones, so the first patch
 * any replica sees can create the record; identifying fields never differ between replicas.
 */
export const progressPatchSchema = progressRecordSchema
  .pick({ unit: true, planId: true, taskId: true, subject: true })
  .extend(progressRecordSchema.pick({ status: true, note: true, count: true }).partial().shape)
  .strict()

export function progressIdOfRecord(record: Record<string, unknown>): string {
  return progressIdOf(String(record.unit), String(record.subject))
}
