import { z } from 'zod'
import { planIdOf } from '../plan/identity'
import { epochMs, isoDate, recordId, unitName } from './common'

const unitList = z.array(unitName).max(200)

export const targetSchema = z.object({
  text: z.string().max(500),
  op: z.enum(['>=', '<=']),
  value: z.number().finite(),
  unit: z.string().max(20),
})

export const checklistItemSchema = z.object({
  text: z.string().min(1).max(5000),
  leads: unitList,
  owners: unitList,
  deadline: z.string().max(200).nullable(),
  due: isoDate.nullable(),
  source: z.enum(['table', 'text']),
  row: z.number().int().positive().nullable(),
})

export const planTaskSchema = z.object({
  chapter: z.number().int().positive(),
  item: z.number().int().positive(),
  chapterTitle: z.string().max(500),
  title: z.string().max(500),
  text: z.string().max(20_000),
  assignments: z.array(z.object({ leads: unitList, owners: unitList })).max(100),
  due: isoDate.nullable(),
  deadline: z.string().max(500).nullable(),
  targets: z.array(targetSchema).max(50),
  checklist: z.array(checklistItemSchema).max(500),
})

/** A plan as synced: the parser's Plan plus where it came from. */
export const planRecordSchema = z.object({
  id: recordId,
  source: z.string().max(300),
  title: z.string().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  issuer: z.string().max(200),
  docNumber: z.string().max(100).nullable(),
  issuedOn: isoDate.nullable(),
  tasks: z.array(planTaskSchema).min(1).max(2000),
  warnings: z.array(z.string().max(2000)).max(1000),
  bundled: z.boolean(),
  importedAt: epochMs,
  /** The directory node that issued the plan (单位名录); its organization is whom 各部门 means. */
  owner: z.string().min(1).max(120).optional(),
  /** Unit names as the plan writes them → directory node ids, as a coordinator confirmed them. */
  unitMap: z.record(z.string().min(1).max(100), z.string().min(1).max(120))
    .refine(map => Object.keys(map).length <= 500, '单位对应最多 500 个')
    .optional(),
  /** A past year's plan a coordinator reopened for ticking; absent or false: archived once its year is over. */
  reopened: z.boolean().optional(),
})

export type PlanRecord = z.infer<typeof planRecordSchema>

/** The one field a plan is patched by: reopening or closing a past year (coordinators only). */
export const planPatchSchema = z.object({ reopened: z.boolean() }).strict()

/** The deterministic id of a plan, the same on every phone and the server (see plan/identity). */
export function planIdOfRecord(record: Record<string, unknown>): string {
  return planIdOf({ year: Number(record.year), issuer: String(record.issuer), title: String(record.title) })
}
