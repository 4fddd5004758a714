// A page's text runs as the lines a reader sees: runs on one baseline, left to right. CJK text
// has no spaces between words, so runs join directly; a space goes only between Latin letters
// or digits that stand apart.
import { isCjk } from '../text/lines'
import type { PdfMarkedContent, PdfPageText, PdfTextItem } from './types'

export interface PlacedRun {
  text: string
  x: number
  right: number
  y: number
  size: number
}

export interface VisualLine {
  page: number
  y: number
  size: number
  x: number
  right: number
  runs: PlacedRun[]
}

const isTextItem = (item: PdfTextItem | PdfMarkedContent): item is PdfTextItem => 'str' in item

function placed(item: PdfTextItem): PlacedRun {
  const [a, b, , , x, y] = item.transform
  const size = item.height || Math.hypot(a, b)
  return { text: item.str, x, right: x + item.width, y, size }
}

// Runs whose baselines differ by less than this share of the font size are on one line.
const sameLine = 0.4

function lineOf(page: number, runs: PlacedRun[]): VisualLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x)
  return {
    page,
    y: sorted[0].y,
    size: Math.max(...sorted.map(run => run.size)),
    x: sorted[0].x,
    right: Math.max(...sorted.map(run => run.right)),
    runs: sorted,
  }
}

/** Lines from the top of the page down. Blank runs (pdf.js's stand-ins for gaps) are left out. */
export function visualLines(page: PdfPageText, pageIndex: number): VisualLine[] {
  const runs = page.items
    .filter(isTextItem)
    .filter(item => item.str.trim() !== '' && item.dir !== 'ttb')
    .map(placed)
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PlacedRun[][] = []
  for (const run of runs) {
    const line = lines[lines.length - 1]
    if (line && Math.abs(line[0].y - run.y) <= sameLine * Math.min(line[0].size, run.size)) line.push(run)
    else lines.push([run])
  }
  return lines.map(line => lineOf(pageIndex, line))
}

/** The text of runs in order: joined directly, with a space only between Latin words apart. */
export function textOfRuns(runs: PlacedRun[]): string {
  let text = ''
  let previous: PlacedRun | null = null
  for (const run of runs) {
    const piece = previous === null ? run.text.trimStart() : run.text
    const apart = previous !== null && run.x - previous.right > 0.2 * run.size
    if (apart && !isCjk(text.at(-1)) && !isCjk(piece[0]) && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' '
    text += piece
    previous = run
  }
  return text.trimEnd()
}
