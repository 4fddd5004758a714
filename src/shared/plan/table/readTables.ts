// Step 9: every breakdown table in a stretch of lines, in either layout.
import type { SourceLine } from '../text/lines'
import { tableHeaderAt } from './header'
import { readLineTable } from './lineRows'
import type { Table } from './row'
import { readTabTable } from './tabRows'

export interface FoundTable extends Table {
  headerLine: number
}

/** The table whose header is at `index`, or null when there is none. */
export function readTableAt(lines: SourceLine[], index: number): FoundTable | null {
  const header = tableHeaderAt(lines, index)
  if (!header) return null
  const first = index + header.span
  const tabbed = header.span === 1 && lines.slice(first, first + 3).some(line => line.text.includes('\t'))
  const table = tabbed ? readTabTable(lines, index, header.roles) : readLineTable(lines, first, header.roles)
  return { ...table, headerLine: lines[index].line }
}
