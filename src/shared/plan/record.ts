// A parsed plan as the synced record the app and the server store.
import type { PlanRecord } from '../records/plan'
import type { Plan } from './types'
import { planIdOf } from './identity'

export function toPlanRecord(plan: Plan, meta: { bundled: boolean, importedAt: number }): PlanRecord {
  return {
    id: planIdOf(plan),
    source: plan.source,
    title: plan.title,
    year: plan.year,
    issuer: plan.issuer,
    docNumber: plan.docNumber,
    issuedOn: plan.issuedOn,
    tasks: plan.tasks.map(({ sectionTitle: _sectionTitle, ...task }) => task),
    warnings: plan.warnings,
    bundled: meta.bundled,
    importedAt: meta.importedAt,
  }
}
