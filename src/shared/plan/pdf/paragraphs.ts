// Lines a PDF broke at the right margin or at the end of a page, joined back: a line that
// runs to the right edge goes on in the next line when that one is not indented (a new
// paragraph, a heading or a signature is), in the same font size, and is no new heading
// after a finished sentence. A line that starts far right of the margin is centred or
// right-aligned, and ends where it ends.
import { markerOf } from '../structure/markers'
import { joinPieces } from '../text/lines'
import { normalizeLine } from '../text/normalize'
import type { VisualLine } from './visualLines'

export interface TextLine {
  text: string
  line: VisualLine
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
}

// With fewer lines the right edge of the text cannot be told from where a short line ends.
const fewestLinesToJoin = 4

export function joinWrappedLines(lines: TextLine[]): string[] {
  if (lines.length < fewestLinesToJoin) return lines.map(line => line.text)
  // Most lines of a plan are the wrapped lines of paragraphs, flush with the left margin.
  const margin = mostCommon(lines.map(({ line }) => line.x))
  const edge = percentile(lines.map(({ line }) => line.right), 0.9)
  const out: string[] = []
  let open: TextLine | null = null
  for (const current of lines) {
    const previous = open
    // A centred title or a right-aligned signature that happens to reach the edge goes on nowhere.
    const continues = previous !== null
      && previous.line.x <= margin + 2.5 * previous.line.size
      && previous.line.right >= edge - 0.8 * previous.line.size
      && current.line.x <= margin + 0.5 * current.line.size
      && Math.abs(previous.line.size - current.line.size) < 0.5
      && !(/[。；！？：]$/.test(normalizeLine(previous.text)) && markerOf(normalizeLine(current.text)))
    if (continues) {
      out[out.length - 1] = joinPieces([out[out.length - 1], current.text])
      open = current
      continue
    }
    out.push(current.text)
    open = current
  }
  return out
}
