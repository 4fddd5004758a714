// A plan as the import preview holds it: everything the text gave, what it did not give (the
// preview asks the coordinator for it), and the lines that became part of no task.
import type { PlanTask } from '../types'

export type DraftField = 'year' | 'issuer' | 'title'

/** What the coordinator entered in the preview; a given hint wins over the document. */
export interface PlanHints {
  year?: number | null
  issuer?: string | null
  title?: string | null
}

export interface UnrecognisedLine {
  /** 1-based line of the input text. */
  line: number
  text: string
  /** Why no task holds it, Chinese first with the English in parentheses. */
  why: string
}

/** What the document itself says, before any hint. */
export interface RecognisedParts {
  title: string | null
  /** 'title-line': the plan's own title line; 'notice': named in 《》 by the notice that forwards it. */
  titleFrom: 'title-line' | 'notice' | null
  year: number | null
  issuer: string | null
  docNumber: string | null
  issuedOn: string | null
  tasks: number
  checklistItems: number
  /** Checklist items read from a breakdown table's rows. */
  tableRows: number
  targets: number
  /** Tasks with a due date (0 until the year is known). */
  dueDates: number
}

export interface PlanDraft {
  source: string
  /** The values the plan will take: the hint where one was given, else what the document says. */
  title: string | null
  year: number | null
  issuer: string | null
  docNumber: string | null
  issuedOn: string | null
  preamble: string
  /** Due dates are null while the year is missing: they need it. */
  tasks: PlanTask[]
  /** What neither the document nor a hint gave; empty when the draft can become a plan. */
  missing: DraftField[]
  recognised: RecognisedParts
  /** A title to offer when the document has none: 2024年青浦区生态环境局政务公开工作要点. */
  suggestedTitle: string | null
  unrecognised: UnrecognisedLine[]
  warnings: string[]
}
