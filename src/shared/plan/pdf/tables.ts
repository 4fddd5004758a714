// A breakdown table printed in a PDF: its header row names the columns (工作任务, 具体要求,
// 责任单位, 时限要求 …); each run below it belongs to the column whose header text ends
// before the run starts (a header stands inside its column, whatever its alignment). A row
// of cells several lines tall ends where the next row begins: a wider gap than between the
// lines of a cell, a new 序号, or text in its first or name column at the top of a new page.
// Each row becomes one line of tab-separated cells.
import { columnRole, headerRoles, type ColumnRole } from '../table/columns'
import { isClosingLine } from '../document/boundaries'
import { joinPieces } from '../text/lines'
import { normalizeLine } from '../text/normalize'
import { textOfRuns, type PlacedRun, type VisualLine } from './visualLines'

export interface PdfTable {
  /** Index of the header line in the document's lines, and of the first line after the table. */
  start: number
  end: number
  lines: string[]
}

interface Column {
  left: number
  right: number
}

// Runs further apart than this share of the font size are in different cells.
const cellGap = 0.9
// A gap between two lines wider than this many line pitches starts a new row.
const rowGap = 1.3

function segmentsOf(line: VisualLine): PlacedRun[][] {
  const segments: PlacedRun[][] = []
  for (const run of line.runs) {
    const segment = segments[segments.length - 1]
    const last = segment?.[segment.length - 1]
    if (last && run.x - last.right <= cellGap * run.size) segment.push(run)
    else segments.push([run])
  }
  return segments
}

function headerAt(line: VisualLine): Column[] | null {
  const segments = segmentsOf(line)
  if (segments.length < 3) return null
  const texts = segments.map(segment => normalizeLine(textOfRuns(segment)))
  if (!headerRoles(texts) || texts.some(text => columnRole(text) === 'other')) return null
  return segments.map(segment => ({ left: segment[0].x, right: segment[segment.length - 1].right }))
}

/** A cell's text starts right of the header texts of the columns before it. */
function columnOf(segment: PlacedRun[], columns: Column[]): number {
  return Math.min(columns.filter(column => column.right < segment[0].x + 1).length, columns.length - 1)
}

/** Every cell's text stays inside its column: it ends before the next column's header begins. */
function fitsColumns(line: VisualLine, columns: Column[]): boolean {
  return segmentsOf(line).every((segment) => {
    const column = columnOf(segment, columns)
    return column === columns.length - 1 || segment[segment.length - 1].right <= columns[column + 1].left + 1
  })
}

const sameText = (a: VisualLine, b: VisualLine) => textOfRuns(a.runs).replace(/\s+/g, '') === textOfRuns(b.runs).replace(/\s+/g, '')

function cellsOf(line: VisualLine, columns: Column[]): string[] {
  const cells = columns.map(() => [] as PlacedRun[])
  for (const segment of segmentsOf(line)) cells[columnOf(segment, columns)].push(...segment)
  return cells.map(runs => (runs.length > 0 ? textOfRuns(runs) : ''))
}

// Lines of text are rarely set wider apart than this share of their size.
const widestLeading = 1.6

/** The in-cell line pitch: the smallest gap between consecutive lines of the table on one page,
 *  and no wider than lines are set (a short table may have no cell of two lines). */
function pitchOf(lines: VisualLine[]): number {
  const gaps = lines.slice(1).flatMap((line, index) => (line.page === lines[index].page ? [lines[index].y - line.y] : [])).filter(gap => gap > 0)
  return Math.min(...gaps, widestLeading * Math.min(...lines.map(line => line.size)))
}

/** Columns whose text opens a row: 序号, the first column, the task's name. */
function rowOpeners(roles: ColumnRole[]): number[] {
  return [0, roles.indexOf('name')].filter(column => column >= 0)
}

function rowsOf(lines: VisualLine[], columns: Column[], roles: ColumnRole[]): string[][] {
  const numbered = roles[0] === 'number'
  const openers = rowOpeners(roles)
  const pitch = pitchOf(lines)
  const rows: string[][][] = []
  let lastNumber = 0
  lines.forEach((line, index) => {
    const cells = cellsOf(line, columns)
    const previous = lines[index - 1]
    const number = numbered && /^\d{1,4}$/.test(cells[0].trim()) ? Number(cells[0]) : null
    // A row the page end cut in two goes on at the top of the next page without its first cells.
    const opens = !previous
      || (previous.page !== line.page && openers.some(column => cells[column] !== ''))
      || (previous.page === line.page && previous.y - line.y > rowGap * pitch)
      || (number !== null && number === lastNumber + 1)
    if (number !== null) lastNumber = number
    if (opens) rows.push(cells.map(cell => (cell ? [cell] : [])))
    else cells.forEach((cell, column) => cell && rows[rows.length - 1][column].push(cell))
  })
  return rows.map(row => row.map(pieces => joinPieces(pieces)))
}

/** The table whose header row is lines[start], or null. */
export function tableAt(lines: VisualLine[], start: number): PdfTable | null {
  const columns = headerAt(lines[start])
  if (!columns) return null
  const header = lines[start]
  const body: VisualLine[] = []
  let end = start + 1
  for (; end < lines.length; end++) {
    const line = lines[end]
    // Chromium and Word print the header row again on each page the table runs onto.
    if (sameText(line, header)) continue
    const text = normalizeLine(textOfRuns(line.runs))
    if (!fitsColumns(line, columns) || isClosingLine([{ text, line: 0 }], 0)) break
    body.push(line)
  }
  if (body.length === 0) return null
  const headerCells = segmentsOf(header).map(segment => textOfRuns(segment))
  const roles = headerCells.map(cell => columnRole(normalizeLine(cell)))
  return { start, end, lines: [headerCells, ...rowsOf(body, columns, roles)].map(cells => cells.join('\t')) }
}
