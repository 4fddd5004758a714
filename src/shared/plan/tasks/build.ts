// Step 8: a task as the app sees it: units, checklist, deadline and targets, from its text
// and, where the plan has a breakdown table, from the rows that break it down.
import type { Assignment, ChecklistItem, PlanTask } from '../types'
import type { TableRow } from '../table/row'
import { findUnitGroups, withoutUnitGroups } from '../assignments/unitGroups'
import { latest, type DeadlineContext } from '../rules/deadlines'
import { findTargets } from '../rules/targets'
import { rowChecklistItem } from './tableChecklist'
import { textChecklist } from './textChecklist'
import { taskTitleOf } from './title'

export interface TaskSource {
  chapter: number
  item: number
  chapterTitle: string
  sectionTitle: string | null
  text: string
  /** The title when the source names the task itself (a table's 任务名称). */
  title?: string
}

function distinctAssignments(items: ChecklistItem[]): Assignment[] {
  const seen = new Set<string>()
  const assignments: Assignment[] = []
  for (const { leads, owners } of items) {
    const key = JSON.stringify([leads, owners])
    if ((leads.length > 0 || owners.length > 0) && !seen.has(key)) {
      seen.add(key)
      assignments.push({ leads, owners })
    }
  }
  return assignments
}

function dueOf(checklist: ChecklistItem[]): Pick<PlanTask, 'due' | 'deadline'> {
  const due = latest(checklist)
  const deadline = (due ? checklist.find(item => item.due === due) : checklist.find(item => item.deadline))?.deadline ?? null
  return { due, deadline }
}

export function buildTask(source: TaskSource, rows: TableRow[], context: DeadlineContext): PlanTask {
  const groups = findUnitGroups(source.text, context)
  const title = source.title || taskTitleOf(withoutUnitGroups(source.text, groups))
  const checklist = rows.length > 0 ? rows.map(row => rowChecklistItem(row, context, title)) : textChecklist(source.text, context)
  // A plan that keeps its units in the table has none in the text: the rows' units stand in.
  const assignments = groups.length > 0 ? groups.map(({ leads, owners }) => ({ leads, owners })) : distinctAssignments(rows.length > 0 ? checklist : [])
  return {
    chapter: source.chapter,
    item: source.item,
    chapterTitle: source.chapterTitle,
    ...(source.sectionTitle ? { sectionTitle: source.sectionTitle } : {}),
    title,
    text: source.text,
    assignments,
    ...dueOf(checklist),
    targets: findTargets(source.text),
    checklist,
  }
}
