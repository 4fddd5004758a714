// The shape a parsed work plan takes everywhere: parser output, CLI JSON, IndexedDB, server.
export interface Target {
  text: string
  op: '>=' | '<='
  value: number
  unit: string
}

export interface Assignment {
  leads: string[]
  owners: string[]
}

export interface ChecklistItem {
  text: string
  leads: string[]
  owners: string[]
  deadline: string | null
  due: string | null
  source: 'table' | 'text'
  row: number | null
}

export interface PlanTask {
  chapter: number
  item: number
  chapterTitle: string
  /** The middle heading of a three-level plan (一、→（一）→1.), when there is one. */
  sectionTitle?: string
  title: string
  text: string
  assignments: Assignment[]
  due: string | null
  deadline: string | null
  targets: Target[]
  checklist: ChecklistItem[]
}

export interface Plan {
  source: string
  title: string
  year: number
  issuer: string
  docNumber: string | null
  issuedOn: string | null
  /** The plan's opening: paragraphs before its first chapter, and chapters such as 总体要求 that set no task. */
  preamble?: string
  tasks: PlanTask[]
  warnings: string[]
}
