// A PDF's text layer as plan text: lines rebuilt from positions, page furniture removed,
// tables as tab-separated rows, lines broken at the margin or at a page end joined again.
import { replaceRadicals } from '../text/radicals'
import { withoutPageFurniture } from './furniture'
import { joinWrappedLines, type TextLine } from './paragraphs'
import { tableAt } from './tables'
import type { PdfPageText } from './types'
import { textOfRuns, visualLines, type VisualLine } from './visualLines'

export interface PdfPlanText {
  text: string
  /** 1-based numbers of pages with no text layer (scanned pages) in a PDF that has text elsewhere. */
  pagesWithoutText: number[]
}

/** The PDF has no text layer at all: a scan, or pictures of pages. */
export class PdfWithoutTextError extends Error {
  override name = 'PdfWithoutTextError'
  constructor() {
    super('此PDF是扫描图片，没有文字层，无法读取其中的文字。请使用原始的Word或PDF文件，或先用文字识别（OCR）转换后再导入 (this PDF is a scanned image without a text layer)')
  }
}

// A page with fewer characters than this (after its page number) holds no text of its own.
const fewestCharacters = 10

const countCharacters = (lines: VisualLine[]) => lines.reduce((sum, line) => sum + textOfRuns(line.runs).replace(/\s+/g, '').length, 0)

export function pdfPlanText(pages: PdfPageText[]): PdfPlanText {
  const lines = withoutPageFurniture(pages.map(visualLines), pages.map(page => page.height))
  const pagesWithoutText = lines.flatMap((page, index) => (countCharacters(page) < fewestCharacters ? [index + 1] : []))
  if (pagesWithoutText.length === pages.length) throw new PdfWithoutTextError()

  const all = lines.flat()
  const out: string[] = []
  let paragraph: TextLine[] = []
  const flush = () => {
    out.push(...joinWrappedLines(paragraph))
    paragraph = []
  }
  for (let index = 0; index < all.length; index++) {
    const table = tableAt(all, index)
    if (table) {
      flush()
      out.push(...table.lines)
      index = table.end - 1
      continue
    }
    paragraph.push({ text: textOfRuns(all[index].runs), line: all[index] })
  }
  flush()
  return { text: replaceRadicals(out.join('\n')), pagesWithoutText }
}
