// Step 9b: a breakdown table extracted one cell per line (PDF converters do this). A row opens
// with its 序号 on a line of its own; an empty cell (merged, or a row without 序号) simply
// is not there, so the cells are told apart by what they say.
import { parseUnitList } from '../assignments/unitList'
import { isClosingLine } from '../document/boundaries'
import { isDeadlinePhrase } from '../rules/deadlines'
import { joinPieces, type SourceLine } from '../text/lines'
import type { ColumnRole } from './columns'
import { emptyRow, type Table, type TableRow } from './row'

const longestName = 30

function isUnitCell(text: string): boolean {
  const list = parseUnitList(text)
  return list.allUnits || (list.marked && list.anyUnit)
}

const isShortCell = (text: string) => text.length <= longestName && !/[。；]$/.test(text)

function fillRow(row: TableRow, cells: string[], roles: ColumnRole[]) {
  const rest = [...cells]
  if (roles.includes('deadline') && rest.length > 0 && isDeadlinePhrase(rest[rest.length - 1])) row.deadline = rest.pop()!
  const unitRoles = roles.filter((role): role is 'units' | 'leads' | 'owners' => role === 'units' || role === 'leads' || role === 'owners')
  if (unitRoles.length === 1 && rest.length > 0 && isUnitCell(rest[rest.length - 1])) row[unitRoles[0]] = rest.pop()!
  if (roles.includes('owners') && roles.includes('leads') && rest.length > 1 && isUnitCell(rest[rest.length - 1]) && isUnitCell(rest[rest.length - 2])) {
    row.owners = rest.pop()!
    row.leads = rest.pop()!
  }
  // A category cell opens only the first row of its group (merged below): two short cells in
  // front of the content are category and name.
  if (roles.includes('category') && rest.length >= 3 && isShortCell(rest[0]) && isShortCell(rest[1])) row.category = rest.shift()!
  const first = rest[0] ?? ''
  const nameFirst = roles.includes('name') && first.length <= longestName && !/[。；]$/.test(first)
  if (nameFirst && (rest.length > 1 || !roles.includes('content'))) {
    row.name = rest.shift()!
  }
  row.content = joinPieces(rest)
}

export function readLineTable(lines: SourceLine[], firstRowIndex: number, roles: ColumnRole[]): Table {
  const table: Table = { rows: [], end: lines.length, continued: [] }
  const rowEndsWithDeadline = roles[roles.length - 1] === 'deadline'
  // Without 序号 only the last cell tells where a row ends: its deadline, or its units.
  const rowEndsWithUnits = !roles.includes('number') && ['units', 'leads', 'owners'].includes(roles[roles.length - 1])
  let current: { row: TableRow, cells: string[] } | null = null
  let lastNumber = 0
  const finish = () => {
    if (current) {
      fillRow(current.row, current.cells, roles)
      table.rows.push(current.row)
      current = null
    }
  }
  for (let index = firstRowIndex; index < lines.length; index++) {
    const { text, line } = lines[index]
    if (text.trim() === '') continue
    if (isClosingLine(lines, index)) {
      table.end = index
      break
    }
    const opensRow = /^\d{1,4}$/.test(text) && Number(text) === lastNumber + 1
    if (opensRow) {
      finish()
      lastNumber = Number(text)
      current = { row: { ...emptyRow(line), number: lastNumber }, cells: [] }
      continue
    }
    // After a row's last cell, text without a 序号 opens a row that has none.
    current ??= { row: emptyRow(line), cells: [] }
    current.cells.push(text)
    if ((rowEndsWithDeadline && isDeadlinePhrase(text)) || (rowEndsWithUnits && current.cells.length > 1 && isUnitCell(text))) finish()
  }
  finish()
  return table
}
