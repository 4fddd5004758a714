// What every page prints around the document: a running header (the issuer, the document
// number), a footer, page numbers (— 3 —, - 3 -, 第3页, 第3页 共40页, 3/40). They stand in the
// top or bottom band of the page and repeat from page to page, or read as a page number.
import type { VisualLine } from './visualLines'
import { textOfRuns } from './visualLines'

const pageNumber = /^(?:[—–\-－~～]\s*\d{1,4}\s*[—–\-－~～]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i

// The share of the page height at the top and at the bottom where headers and footers stand.
const band = 0.1
// Baselines this close (in page units) count as the same place on two pages.
const samePlace = 3

export function isPageNumberText(text: string): boolean {
  return pageNumber.test(text.trim())
}

const shapeOf = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '')

function inBand(line: VisualLine, height: number): boolean {
  return line.y > height * (1 - band) || line.y < height * band
}

/** The pages without their headers, footers and page numbers. */
export function withoutPageFurniture(pages: VisualLine[][], heights: number[]): VisualLine[][] {
  const banded = pages.map((lines, page) => lines.filter(line => inBand(line, heights[page])).map(line => ({ line, shape: shapeOf(textOfRuns(line.runs)) })))
  const repeats = (line: VisualLine, shape: string) => banded.filter((lines, page) => page !== line.page && lines.some(other => other.shape === shape && Math.abs(other.line.y - line.y) <= samePlace)).length
  const neededRepeats = Math.max(1, Math.floor(pages.length * 0.3) - 1)
  return pages.map((lines, page) => {
    const furniture = new Set(banded[page]
      .filter(({ line, shape }) => isPageNumberText(textOfRuns(line.runs)) || (pages.length > 1 && shape !== '' && repeats(line, shape) >= neededRepeats))
      .map(({ line }) => line))
    return lines.filter(line => !furniture.has(line))
  })
}
