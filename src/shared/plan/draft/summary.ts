// Counts the preview shows beside the draft, and a draft's tasks while its year is unknown.
import type { PlanTask } from '../types'
import type { RecognisedParts } from './types'

export function summarise(tasks: PlanTask[]): Pick<RecognisedParts, 'tasks' | 'checklistItems' | 'tableRows' | 'targets' | 'dueDates'> {
  const items = tasks.flatMap(task => task.checklist)
  return {
    tasks: tasks.length,
    checklistItems: items.length,
    tableRows: items.filter(item => item.source === 'table').length,
    targets: tasks.reduce((sum, task) => sum + task.targets.length, 0),
    dueDates: tasks.filter(task => task.due !== null).length,
  }
}

/** A deadline's date needs the plan's year: without it the phrases stay and the dates go. */
export function withoutDueDates(tasks: PlanTask[]): PlanTask[] {
  return tasks.map(task => ({ ...task, due: null, checklist: task.checklist.map(item => ({ ...item, due: null })) }))
}
