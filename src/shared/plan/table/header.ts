// Where a breakdown table's header stands: on one line (cells split by tabs or spaces), or one
// cell per line. A table pasted alone may have no 序号 column (工作任务 | 具体要求 | 责任科室 | 时限要求).
import type { SourceLine } from '../text/lines'
import { columnRole, headerRoles, type ColumnRole } from './columns'

export interface TableHeader {
  roles: ColumnRole[]
  /** How many lines the header takes: 1, or one a cell. */
  span: number
}

export function headerCells(text: string): string[] {
  return text.split(text.includes('\t') ? '\t' : /\s+/).map(cell => cell.trim()).filter(Boolean)
}

const isHeaderCell = (text: string) => columnRole(text) !== 'other' && !text.includes('\t')

function cellPerLineLength(lines: SourceLine[], index: number): number {
  let length = 0
  while (index + length < lines.length && isHeaderCell(lines[index + length].text)) length++
  return length
}

/** The header whose first line is at `index`, or null. */
export function tableHeaderAt(lines: SourceLine[], index: number): TableHeader | null {
  const cells = headerCells(lines[index].text)
  if (cells.length >= 3) {
    const roles = headerRoles(cells)
    return roles ? { roles, span: 1 } : null
  }
  if (cells.length !== 1 || !isHeaderCell(lines[index].text)) return null
  const span = cellPerLineLength(lines, index)
  const roles = span >= 3 ? headerRoles(lines.slice(index, index + span).map(line => line.text)) : null
  return roles ? { roles, span } : null
}
