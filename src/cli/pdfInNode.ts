// pdf.js for the CLI: the legacy build that runs in Node (a worker-less "fake worker"), with
// the CMaps shipped in pdfjs-dist for PDFs that name a predefined Chinese encoding.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { readPdfPages, type PdfJsLike, type PdfPageText } from '../shared/plan'

const require = createRequire(import.meta.url)
// In Node pdf.js reads the CMaps with fs: a path, not a URL.
const cMapUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')}/`

export async function readPdfInNode(bytes: Uint8Array): Promise<PdfPageText[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as PdfJsLike
  return readPdfPages(pdfjs, bytes, { cMapUrl })
}
