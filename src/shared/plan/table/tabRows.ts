// Step 9a: a breakdown table whose cells are tab-separated, one row a line (Word, Excel, WPS
// copies; and our own .docx reader). Vertically merged cells arrive as empty cells from Word,
// and not at all from a web page (the row is short: its cells belong to the last columns).
// A cell of several paragraphs breaks its row over lines: the row goes on until it has all
// its cells or its last cell says when (or who, in a table that ends with its units).
import type { SourceLine } from '../text/lines'
import { parseUnitList } from '../assignments/unitList'
import { isClosingLine } from '../document/boundaries'
import { isDeadlinePhrase } from '../rules/deadlines'
import { joinPieces } from '../text/lines'
import type { ColumnRole } from './columns'
import { emptyRow, type Table, type TableRow } from './row'

function rowOf(cells: string[], roles: ColumnRole[], line: number): TableRow {
  const row = emptyRow(line)
  // A short row lost its leading (merged) cells; 序号, where it is there, stays first.
  const gap: string[] = Array.from({ length: Math.max(0, roles.length - cells.length) }, () => '')
  const numbered = roles[0] === 'number' && /^\d{1,4}$/.test(cells[0]?.trim() ?? '')
  const placed = numbered ? [cells[0], ...gap, ...cells.slice(1)] : [...gap, ...cells]
  roles.forEach((role, index) => {
    const cell = (placed[index] ?? '').trim()
    if (role === 'number') row.number = /^\d{1,4}$/.test(cell) ? Number(cell) : null
    else if (role !== 'other' && role !== 'notes') row[role] = cell
  })
  return row
}

function nextNonBlank(lines: SourceLine[], from: number): SourceLine | undefined {
  return lines.slice(from).find(line => line.text.trim() !== '')
}

function lastCellEndsRow(cell: string, role: ColumnRole): boolean {
  if (role === 'deadline') return isDeadlinePhrase(cell)
  if (role === 'units' || role === 'leads' || role === 'owners') {
    const list = parseUnitList(cell)
    return list.allUnits || (list.marked && list.anyUnit)
  }
  return false
}

interface OpenRow {
  cells: string[]
  line: number
}

export function readTabTable(lines: SourceLine[], headerIndex: number, roles: ColumnRole[]): Table {
  const table: Table = { rows: [], end: lines.length, continued: [] }
  const width = roles.length
  let open: OpenRow | null = null
  let lastNumber = 0
  const isComplete = (row: OpenRow) => row.cells.length >= width || (row.cells.length >= 2 && lastCellEndsRow(row.cells[row.cells.length - 1].trim(), roles[width - 1]))
  const opensNumberedRow = (cells: string[]) => roles[0] === 'number' && /^\d{1,4}$/.test(cells[0].trim()) && Number(cells[0]) === lastNumber + 1
  const close = () => {
    if (!open) return
    let cells = open.cells
    // More cells than columns: rows that lost the line break between them. The next row's
    // first cell was empty and its tab is the one that now separates the two.
    while (cells.length > width) {
      table.rows.push(rowOf(cells.slice(0, width), roles, open.line))
      cells = ['', ...cells.slice(width)]
    }
    const row = rowOf(cells, roles, open.line)
    if (row.number !== null) lastNumber = row.number
    table.rows.push(row)
    open = null
  }
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const { text, line } = lines[index]
    if (text.replace(/\t/g, '').trim() === '') continue
    const cells = text.split('\t')
    const continues = open !== null && !isComplete(open) && open.cells.length + cells.length - 1 <= width && !opensNumberedRow(cells) && !isClosingLine(lines, index)
    if (continues) {
      const row: OpenRow = open!
      row.cells[row.cells.length - 1] = joinPieces([row.cells[row.cells.length - 1], cells[0]])
      row.cells.push(...cells.slice(1))
      table.continued.push(line)
      continue
    }
    if (text.includes('\t')) {
      close()
      open = { cells, line }
      continue
    }
    // A cell's second paragraph after a finished row, when rows go on after it; anything else ends the table.
    close()
    const previous = table.rows[table.rows.length - 1]
    const goesOn = previous && !isClosingLine(lines, index) && nextNonBlank(lines, index + 1)?.text.includes('\t')
    if (!goesOn) {
      table.end = index
      return table
    }
    previous.content = joinPieces([previous.content, text])
    table.continued.push(line)
  }
  close()
  return table
}
