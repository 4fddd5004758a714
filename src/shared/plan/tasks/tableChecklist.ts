// Step 8b: a table row as a checklist item: its content, its units, its 时间节点.
import type { ChecklistItem } from '../types'
import type { TableRow } from '../table/row'
import { parseUnitList } from '../assignments/unitList'
import { readDeadline, type DeadlineContext } from '../rules/deadlines'

function namesOf(cell: string): string[] {
  const list = parseUnitList(cell)
  return [...list.leads, ...list.owners]
}

/** 责任单位 "区府办牵头，各部门负责" splits by role; separate 牵头/配合 columns say it themselves. */
export function unitsOfRow(row: TableRow): Pick<ChecklistItem, 'leads' | 'owners'> {
  const combined = parseUnitList(row.units)
  return {
    leads: [...combined.leads, ...namesOf(row.leads)],
    owners: [...combined.owners, ...namesOf(row.owners)],
  }
}

/** The row's content, under its own task name where that says more than the task's title. */
function rowText(row: TableRow, taskTitle: string): string {
  if (row.content === '') return row.name
  return row.name !== '' && row.name !== taskTitle ? `${row.name}：${row.content}` : row.content
}

export function rowChecklistItem(row: TableRow, context: DeadlineContext, taskTitle = ''): ChecklistItem {
  const deadline = readDeadline(row.deadline, context)
  return {
    text: rowText(row, taskTitle),
    ...unitsOfRow(row),
    // A deadline cell is a few words; a long one is a misread row, kept within what a record holds.
    deadline: deadline ? deadline.deadline.slice(0, 200) : null,
    due: deadline?.due ?? null,
    source: 'table',
    row: row.number,
  }
}
