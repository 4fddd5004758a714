// Step 4b: the numbered outline of the body. A heading is accepted only where its number
// continues the sequence (or starts a new one at 1), so a sentence that a PDF broke at
// "三、" or a stray "2." stays text.
import type { SourceLine } from '../text/lines'
import { markerOf, type Marker, type MarkerStyle } from './markers'

export interface OutlineNode {
  marker: Marker
  level: number
  heading: SourceLine
  /** Lines after the heading and before the first child. */
  body: SourceLine[]
  children: OutlineNode[]
}

export interface RejectedMarker {
  line: number
  label: string
  expected: number
}

export interface Outline {
  preamble: SourceLine[]
  roots: OutlineNode[]
  /** Marker styles, outermost first. */
  levels: MarkerStyle[]
  rejected: RejectedMarker[]
}

export function buildOutline(lines: SourceLine[]): Outline {
  const outline: Outline = { preamble: [], roots: [], levels: [], rejected: [] }
  const stack: OutlineNode[] = []
  const lastNumberOfStyle = new Map<MarkerStyle, number>()

  function place(marker: Marker, heading: SourceLine): boolean {
    let level = outline.levels.indexOf(marker.style)
    if (level < 0) {
      if (marker.number !== 1) return false
      level = outline.levels.length
    }
    const path = stack.slice()
    while (path.length > 0 && path[path.length - 1].level >= level) path.pop()
    const siblings = path.length > 0 ? path[path.length - 1].children : outline.roots
    const previous = siblings.findLast(node => node.marker.style === marker.style)
    const expected = previous ? previous.marker.number + 1 : 1
    // Numbering that runs on across chapters (一、1. 2. 二、3. 4.) is a sequence too.
    const continues = !previous && marker.number === (lastNumberOfStyle.get(marker.style) ?? 0) + 1
    if (marker.number !== expected && !continues) {
      outline.rejected.push({ line: heading.line, label: marker.label, expected })
      return false
    }
    if (!outline.levels.includes(marker.style)) outline.levels.push(marker.style)
    const node: OutlineNode = { marker, level, heading, body: [], children: [] }
    siblings.push(node)
    stack.length = 0
    stack.push(...path, node)
    lastNumberOfStyle.set(marker.style, marker.number)
    return true
  }

  for (const line of lines) {
    const marker = markerOf(line.text)
    if (marker && place(marker, line)) continue
    if (stack.length === 0) outline.preamble.push(line)
    else stack[stack.length - 1].body.push(line)
  }
  return outline
}

export function* walkOutline(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node
    yield* walkOutline(node.children)
  }
}
