// Reads a PDF's text layer with the pdf.js the caller brings: the CLI passes the Node (legacy)
// build, the app its browser build with a worker, loaded only on the import screen.
import type { PdfJsLike, PdfPageText } from './types'

export interface PdfReadOptions {
  /** Where pdf.js finds its packed CMaps (…/pdfjs-dist/cmaps/), for PDFs that name a predefined
   *  Chinese encoding instead of embedding one. Without it such text reads as nothing. */
  cMapUrl?: string
  /** Most pages read; a plan is a few dozen. */
  maxPages?: number
}

export type PdfReadErrorCode = 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-too-long'

export class PdfReadError extends Error {
  override name = 'PdfReadError'
  readonly code: PdfReadErrorCode
  constructor(code: PdfReadErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

const defaultMaxPages = 500
const pagesInFlight = 4

function readError(error: unknown): PdfReadError {
  const name = (error as Error | undefined)?.name
  if (name === 'PasswordException') return new PdfReadError('pdf-encrypted', '此PDF设有密码，无法读取。请先去除密码再导入 (the PDF is password-protected)')
  return new PdfReadError('pdf-unreadable', `无法读取此PDF文件，文件可能已损坏 (the PDF cannot be read: ${(error as Error | undefined)?.message ?? String(error)})`)
}

/** Each page's size and text runs, in page order. */
export async function readPdfPages(pdfjs: PdfJsLike, bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfPageText[]> {
  // pdf.js takes the buffer over (it moves to the worker): give it a copy, the caller keeps the file.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: options.cMapUrl, cMapPacked: true, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
  try {
    let document
    try {
      document = await task.promise
    }
    catch (error) {
      throw readError(error)
    }
    const maxPages = options.maxPages ?? defaultMaxPages
    if (document.numPages > maxPages) throw new PdfReadError('pdf-too-long', `此PDF有${document.numPages}页，超过可导入的${maxPages}页 (the PDF has more pages than an import reads)`)
    // Several pages in flight keep pdf.js's worker busy while this thread takes the answers in.
    const pages: PdfPageText[] = Array.from({ length: document.numPages })
    let next = 1
    const readNext = async (): Promise<void> => {
      for (let number = next++; number <= document.numPages; number = next++) {
        const page = await document.getPage(number)
        const { width, height } = page.getViewport({ scale: 1 })
        pages[number - 1] = { width, height, items: (await page.getTextContent()).items }
        page.cleanup?.()
      }
    }
    await Promise.all(Array.from({ length: Math.min(pagesInFlight, document.numPages) }, readNext))
    return pages
  }
  finally {
    await task.destroy()
  }
}

/** The reader decodePlanFile takes, bound to one pdf.js. */
export function pdfReader(pdfjs: PdfJsLike, options: PdfReadOptions = {}): (bytes: Uint8Array) => Promise<PdfPageText[]> {
  return bytes => readPdfPages(pdfjs, bytes, options)
}
