// The last step of an import: a draft with nothing missing becomes a plan, or a record to store.
import { planRecordSchema, type PlanRecord } from '../../records/plan'
import { PlanIncompleteError } from '../errors'
import { toPlanRecord } from '../record'
import type { Plan } from '../types'
import type { PlanDraft } from './types'

export function planFromDraft(draft: PlanDraft): Plan {
  const { title, year, issuer } = draft
  if (draft.missing.length > 0 || title === null || year === null || issuer === null) throw new PlanIncompleteError(draft.missing)
  return { source: draft.source, title, year, issuer, docNumber: draft.docNumber, issuedOn: draft.issuedOn, preamble: draft.preamble, tasks: draft.tasks, warnings: draft.warnings }
}

/** The record the app saves, checked against the record schema; throws PlanIncompleteError or PlanRecordError. */
export function recordFromDraft(draft: PlanDraft, meta: { importedAt: number, bundled?: boolean }): PlanRecord {
  const record = toPlanRecord(planFromDraft(draft), { bundled: meta.bundled ?? false, importedAt: meta.importedAt })
  const checked = planRecordSchema.safeParse(record)
  if (!checked.success) throw new PlanRecordError(checked.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`))
  return checked.data
}

/** The plan does not fit what a record holds (too many tasks, a text too long …). */
export class PlanRecordError extends Error {
  override name = 'PlanRecordError'
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`工作要点不符合记录格式，无法保存 (the plan does not fit a plan record): ${problems.slice(0, 5).join('; ')}`)
    this.problems = problems
  }
}
