// The text of word/document.xml: paragraphs as lines, table rows as lines of tab-separated
// cells. A cell merged with the one above (vMerge) comes out empty, a cell spanning columns
// (gridSpan) is followed by empty cells, so every row keeps its header's columns.
import { listLabel, type Numbering } from './numbering'
import { attribute, xmlTokens } from './xml'

interface Cell {
  paragraphs: string[]
  span: number
}

interface TableContext {
  rows: string[]
  cells: Cell[]
  cell: Cell | null
}

/** A cell's paragraphs on one line: run on after punctuation; otherwise they were separate
 *  entries (one unit a line, "区府办牵头" over "各部门负责"), kept apart by a clause break. */
function joinCellParagraphs(paragraphs: string[]): string {
  return paragraphs.map(text => text.trim()).filter(Boolean).reduce((joined, text) => {
    if (joined === '') return text
    return /[。；！？，、：]$/.test(joined) ? joined + text : `${joined}；${text}`
  }, '')
}

export function documentText(xml: string, numbering: Numbering | null): string {
  const lines: string[] = []
  const tables: TableContext[] = []
  let paragraph: string | null = null
  let inText = false
  let skipDepth = 0
  // <w:tab/> inside <w:tabs> is a tab stop in the paragraph's properties, not a tab character.
  let inTabStops = false
  let list: { numId: string | null, ilvl: number } = { numId: null, ilvl: 0 }

  const cellOf = () => tables[tables.length - 1]?.cell ?? null
  const endParagraph = () => {
    if (paragraph === null) return
    const label = numbering && list.numId ? listLabel(numbering, list.numId, list.ilvl) : ''
    const text = label + paragraph
    const cell = cellOf()
    if (cell) cell.paragraphs.push(text.replace(/[\t\n]/g, ' '))
    else lines.push(text)
    paragraph = null
  }
  const endRow = (table: TableContext) => {
    const cells = table.cells.flatMap(cell => [joinCellParagraphs(cell.paragraphs), ...Array.from({ length: cell.span - 1 }, () => '')])
    table.rows.push(cells.join('\t'))
    table.cells = []
  }
  const endTable = () => {
    const table = tables.pop()!
    const cell = cellOf()
    // A table inside a cell is flattened into that cell's text.
    if (cell) cell.paragraphs.push(table.rows.map(row => row.replace(/\t+/g, ' ')).join(' '))
    else lines.push(...table.rows)
  }

  for (const token of xmlTokens(xml)) {
    if (skipDepth > 0) {
      if (token.kind === 'open' && token.name === 'mc:Fallback' && !token.selfClosing) skipDepth++
      if (token.kind === 'close' && token.name === 'mc:Fallback') skipDepth--
      continue
    }
    if (token.kind === 'text') {
      if (inText && paragraph !== null) paragraph += token.text
      continue
    }
    if (token.kind === 'close') {
      if (token.name === 'w:t') inText = false
      else if (token.name === 'w:tabs') inTabStops = false
      else if (token.name === 'w:p') endParagraph()
      else if (token.name === 'w:tc') {
        const table = tables[tables.length - 1]
        if (table?.cell) table.cells.push(table.cell)
        if (table) table.cell = null
      }
      else if (token.name === 'w:tr' && tables.length > 0) endRow(tables[tables.length - 1])
      else if (token.name === 'w:tbl' && tables.length > 0) endTable()
      continue
    }
    const { name, attributes, selfClosing } = token
    if (name === 'mc:Fallback' && !selfClosing) skipDepth = 1
    else if (name === 'w:p' && !selfClosing) {
      paragraph = ''
      list = { numId: null, ilvl: 0 }
    }
    else if (name === 'w:p' && !cellOf()) lines.push('')
    else if (name === 'w:t' && !selfClosing) inText = true
    else if (name === 'w:tabs' && !selfClosing) inTabStops = true
    else if (name === 'w:tab' && paragraph !== null && !inTabStops) paragraph += '\t'
    else if ((name === 'w:br' || name === 'w:cr') && paragraph !== null) paragraph += '\n'
    else if (name === 'w:numId') list.numId = attribute(attributes, 'w:val')
    else if (name === 'w:ilvl') list.ilvl = Number(attribute(attributes, 'w:val') ?? 0)
    else if (name === 'w:tbl' && !selfClosing) tables.push({ rows: [], cells: [], cell: null })
    else if (name === 'w:tc' && !selfClosing && tables.length > 0) tables[tables.length - 1].cell = { paragraphs: [], span: 1 }
    else if (name === 'w:gridSpan') {
      const cell = cellOf()
      if (cell) cell.span = Math.max(1, Number(attribute(attributes, 'w:val') ?? 1))
    }
  }
  return lines.join('\n')
}
