// What the import screen will do with a PDF, as a page script: pdf.js (browser build, its
// worker from a URL) reads the text layer, the shared code turns it into a plan draft.
import * as pdfjs from 'pdfjs-dist'
import { decodePlanFile, pdfReader, readPlanDraft } from '../../../../src/shared/plan'

export async function readPlanPdf(bytes: Uint8Array, workerSrc: string) {
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc
  const started = performance.now()
  const readPages = pdfReader(pdfjs)
  let pages = 0
  let pdfjsMs = 0
  const decoded = await decodePlanFile(bytes, 'plan.pdf', { readPdf: async (pdf) => {
    const read = await readPages(pdf)
    pages = read.length
    pdfjsMs = performance.now() - started
    return read
  } })
  if ('error' in decoded) return { error: decoded.error, pages, pdfjsMs, ms: performance.now() - started }
  const draft = readPlanDraft(decoded.text, { source: 'plan.pdf' })
  return { text: decoded.text, draft, pages, pdfjsMs, ms: performance.now() - started }
}
