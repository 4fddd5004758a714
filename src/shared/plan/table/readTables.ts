// Step 9: every breakdown table in a stretch of lines, in either layout.
import type { SourceLine } from '../text/lines'
import { columnRole, headerRoles } from './columns'
import { lineHeaderLength, readLineTable } from './lineRows'
import type { Table } from './row'
import { readTabTable } from './tabRows'

export interface FoundTable extends Table {
  headerLine: number
}

function headerCells(text: string): string[] {
  return text.split(text.includes('\t') ? '\t' : /\s+/).map(cell => cell.trim()).filter(Boolean)
}

const isHeaderCell = (text: string) => columnRole(text) !== 'other' && !text.includes('\t')

/** The table whose header is at `index`, or null when there is none. */
export function readTableAt(lines: SourceLine[], index: number): FoundTable | null {
  const text = lines[index].text
  const cells = headerCells(text)
  if (cells.length >= 3) {
    const roles = headerRoles(cells)
    if (!roles) return null
    const tabbed = lines.slice(index + 1, index + 4).some(line => line.text.includes('\t'))
    const table = tabbed ? readTabTable(lines, index, roles) : readLineTable(lines, index + 1, roles)
    return { ...table, headerLine: lines[index].line }
  }
  if (cells.length === 1 && columnRole(text) === 'number') {
    const length = lineHeaderLength(lines, index, isHeaderCell)
    const roles = headerRoles(lines.slice(index, index + length).map(line => line.text))
    if (!roles) return null
    return { ...readLineTable(lines, index + length, roles), headerLine: lines[index].line }
  }
  return null
}
