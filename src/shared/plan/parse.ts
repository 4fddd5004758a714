// A plan in one step, for the CLI, the server's seeds and the build: the draft must be complete.
import type { Plan } from './types'
import { planFromDraft } from './draft/complete'
import { readPlanDraft } from './draft/read'
import type { PlanHints } from './draft/types'

/** Throws NotAWorkPlanError (no text, another kind of document, no tasks) or PlanIncompleteError. */
export function parsePlan(text: string, options: { source?: string, hints?: PlanHints } = {}): Plan {
  return planFromDraft(readPlanDraft(text, options))
}
