// pdf.js for a PDF import: its code, worker and character maps are fetched only when a PDF is
// chosen, never on the first screen. All three come from the app's own build (the worker as a
// hashed asset, the maps under /pdfjs/cmaps/), and the service worker precaches them, so a PDF
// opens with no network. The legacy build: it carries the polyfills that pdf.js 5 needs on the
// older Android WebViews (and Safari before 17.4) that government phones still run; the modern
// build stops there at its first Promise.withResolvers.
import type { PdfJsLike, PdfPageText } from '../../../../shared/plan'
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'

/** Where the build puts pdf.js's packed CMaps (see src/build/pdfjsCmaps.ts). */
export const cMapUrl = '/pdfjs/cmaps/'

let reader: Promise<(bytes: Uint8Array) => Promise<PdfPageText[]>> | null = null

/** The reader decodePlanFile takes; pdf.js is loaded on the first call and kept. */
export function loadPdfReader(): Promise<(bytes: Uint8Array) => Promise<PdfPageText[]>> {
  reader ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('../../../../shared/plan')]).then(([pdfjs, { pdfReader }]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
    return pdfReader(pdfjs as unknown as PdfJsLike, { cMapUrl })
  }).catch((error: unknown) => {
    // A failed download (offline before the worker was cached) may succeed on the next try.
    reader = null
    throw error
  })
  return reader
}
