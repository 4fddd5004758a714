// Step 9a: a breakdown table whose cells are tab-separated, one row a line (Word, Excel, WPS
// copies; and our own .docx reader). Vertically merged cells arrive as empty cells.
import type { SourceLine } from '../text/lines'
import { isClosingLine } from '../document/boundaries'
import { joinPieces } from '../text/lines'
import type { ColumnRole } from './columns'
import { emptyRow, type Table, type TableRow } from './row'

function rowOf(cells: string[], roles: ColumnRole[], line: number): TableRow {
  const row = emptyRow(line)
  roles.forEach((role, index) => {
    const cell = (cells[index] ?? '').trim()
    if (role === 'number') row.number = /^\d{1,4}$/.test(cell) ? Number(cell) : null
    else if (role !== 'other' && role !== 'notes') row[role] = cell
  })
  return row
}

function nextNonBlank(lines: SourceLine[], from: number): SourceLine | undefined {
  return lines.slice(from).find(line => line.text.trim() !== '')
}

export function readTabTable(lines: SourceLine[], headerIndex: number, roles: ColumnRole[]): Table {
  const table: Table = { rows: [], end: lines.length, continued: [] }
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const { text, line } = lines[index]
    if (text.replace(/\t/g, '').trim() === '') continue
    if (text.includes('\t')) {
      // More cells than columns: rows that lost the line break between them. The next row's
      // first cell was empty and its tab is the one that now separates the two.
      let cells = text.split('\t')
      while (cells.length > roles.length) {
        table.rows.push(rowOf(cells.slice(0, roles.length), roles, line))
        cells = ['', ...cells.slice(roles.length)]
      }
      table.rows.push(rowOf(cells, roles, line))
      continue
    }
    // A cell's second paragraph, when rows go on after it; anything else ends the table.
    const previous = table.rows[table.rows.length - 1]
    const continues = previous && !isClosingLine(lines, index) && nextNonBlank(lines, index + 1)?.text.includes('\t')
    if (!continues) {
      table.end = index
      return table
    }
    previous.content = joinPieces([previous.content, text])
    table.continued.push(line)
  }
  return table
}
