// The PDF part of `npm run bench:parse`: a 40-page plan printed by Chromium (the test fixtures'
// chapters repeated and renumbered, then their task table repeated), read with pdf.js and the
// plan code inside Chromium at 4× CPU slowdown, as a mid-range phone would on the import screen.
import { launchChromium } from '../helpers/e2eBrowser'
import { chapterParagraphs, p, planChapters, row, tableHead, tableRows } from '../shared/plan/pdf/fixturePlans'
import { bundlePdfReader, openPdfReaderPage, readPlanPdfInPage } from '../shared/plan/pdf/browserPdf'
import { renderPdf } from '../shared/plan/pdf/renderPdf'
import { median } from './appHarness'

const runs = 7

/** The fixture plan's chapters `chapterRounds` times (renumbered), then its table `tableRounds` times. */
function largePlanHtml(chapterRounds: number, tableRounds: number): string {
  const chapters = Array.from({ length: chapterRounds }, () => planChapters).flat()
  return [
    '<h1>2025年嘉定区政务公开工作要点</h1>',
    p('为深入贯彻落实国家和本市关于全面推进政务公开工作的决策部署，结合本区实际，制定本要点。'),
    ...chapterParagraphs(chapters, 0),
    p('附件：任务分解表', 'flush'),
    tableHead,
    ...Array.from({ length: tableRounds }, () => tableRows.map(cells => row(...cells))).flat(),
    '</tbody></table>',
  ].join('\n')
}

export interface PdfBenchResult {
  pages: number
  bytes: number
  tasks: number
  tableRows: number
  medianMs: number
  runsMs: number[]
  /** Median of the part spent until pdf.js had given every page's text. */
  pdfjsMedianMs: number
  unthrottledMedianMs: number
}

export async function benchPdfParse(): Promise<PdfBenchResult> {
  // 24 rounds of the fixture's 8 tasks and 3 of its 14-row table print as 40 A4 pages.
  const pdf = new Uint8Array(await renderPdf(largePlanHtml(24, 3), { header: '嘉定区人民政府办公室', footer: '— <span class="pageNumber"></span> —' }))
  const bundle = await bundlePdfReader()
  const browser = await launchChromium()
  try {
    const page = await openPdfReaderPage(browser, bundle)
    // One run before the clock: pdf.js's worker starts and the code compiles once per page.
    const first = await readPlanPdfInPage(page, pdf)
    if ('error' in first) throw new Error(first.error.message)
    const timed = async () => {
      const results = []
      for (let run = 0; run < runs; run++) results.push(await readPlanPdfInPage(page, pdf))
      return results
    }
    const unthrottled = await timed()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const throttled = await timed()
    return {
      pages: first.pages,
      bytes: pdf.length,
      tasks: first.draft.tasks.length,
      tableRows: first.draft.recognised.tableRows,
      medianMs: median(throttled.map(result => result.ms)),
      runsMs: throttled.map(result => result.ms),
      pdfjsMedianMs: median(throttled.map(result => result.pdfjsMs)),
      unthrottledMedianMs: median(unthrottled.map(result => result.ms)),
    }
  }
  finally {
    await browser.close()
    bundle.remove()
  }
}
