// The coordinator's answers, as the record will hold them: a year a plan record accepts, and
// names without stray spaces. An answer that cannot be used leaves the field missing.
import type { DraftField, PlanHints } from './types'

export interface CleanHints {
  year: number | null
  issuer: string | null
  title: string | null
}

const longest: Record<Exclude<DraftField, 'year'>, number> = { issuer: 200, title: 300 }

function cleanName(value: string | null | undefined, field: 'issuer' | 'title'): string | null {
  const clean = (value ?? '').replace(/\s+/g, '')
  return clean === '' || clean.length > longest[field] ? null : clean
}

export function cleanHints(hints: PlanHints = {}): CleanHints {
  const year = hints.year ?? null
  return {
    year: year !== null && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    issuer: cleanName(hints.issuer, 'issuer'),
    title: cleanName(hints.title, 'title'),
  }
}
