// A past year's plan is archived: its figures are final, its tasks raise no alarms and staff can no
// longer tick them, until a coordinator reopens it (the plan's synced `reopened` field). The year
// is Shanghai's, the same on every phone and on the server.
export type YearState = 'current' | 'future' | 'archived' | 'reopened'

export interface ArchivablePlan {
  year: number
  reopened?: boolean
}

export function yearStateOf(plan: ArchivablePlan, currentYear: number): YearState {
  if (plan.year > currentYear)
    return 'future'
  if (plan.year === currentYear)
    return 'current'
  return plan.reopened ? 'reopened' : 'archived'
}

/** Whether the plan is read-only history: a past year not reopened by a coordinator. */
export function isArchived(plan: ArchivablePlan, currentYear: number): boolean {
  return yearStateOf(plan, currentYear) === 'archived'
}
