// The preview's fields for what a plan document may not say (title, year, issuer), as typed,
// and the hints the parser takes from them.
import type { DraftField, PlanDraft, PlanHints } from '../../../../shared/plan/draft/types'

export interface DraftForm {
  title: string
  year: string
  issuer: string
}

export const firstYear = 2000
export const lastYear = 2100

/** A year the plan record accepts, or null for anything else (empty, 24, 二〇二五). */
export function yearOf(typed: string): number | null {
  const year = /^\s*(\d{4})\s*$/.exec(typed)?.[1]
  return year && Number(year) >= firstYear && Number(year) <= lastYear ? Number(year) : null
}

export function hintsOf(form: DraftForm): PlanHints {
  return { title: form.title.trim() || null, year: yearOf(form.year), issuer: form.issuer.trim() || null }
}

/** What the document gave, for the form to start from. */
export function formOf(draft: PlanDraft): DraftForm {
  return { title: draft.title ?? '', year: draft.year === null ? '' : String(draft.year), issuer: draft.issuer ?? '' }
}

/** Fields left empty (or a year that is not one): the plan is not saved until each is filled. */
export function formGaps(form: DraftForm): DraftField[] {
  const gaps: DraftField[] = []
  if (!form.title.trim()) gaps.push('title')
  if (yearOf(form.year) === null) gaps.push('year')
  if (!form.issuer.trim()) gaps.push('issuer')
  return gaps
}
