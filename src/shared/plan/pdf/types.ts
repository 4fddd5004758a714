// The parts of pdf.js that the plan reader uses, typed by their shape so that src/shared does
// not import pdfjs-dist: the CLI passes the Node build, the app its own browser build.

/** One run of text on a page, as pdf.js getTextContent() gives it. */
export interface PdfTextItem {
  str: string
  /** [a, b, c, d, x, y]: x, y is the start of the baseline in page units, y counted from the bottom. */
  transform: number[]
  width: number
  height: number
  hasEOL?: boolean
  dir?: string
}

/** Marked-content markers that getTextContent() may mix into its items. */
export interface PdfMarkedContent {
  type: string
}

export interface PdfPageText {
  width: number
  height: number
  items: Array<PdfTextItem | PdfMarkedContent>
}

export interface PdfPageProxyLike {
  getViewport: (parameters: { scale: number }) => { width: number, height: number }
  getTextContent: () => Promise<{ items: Array<PdfTextItem | PdfMarkedContent> }>
  cleanup?: () => unknown
}

export interface PdfDocumentProxyLike {
  numPages: number
  getPage: (pageNumber: number) => Promise<PdfPageProxyLike>
  destroy: () => Promise<void>
}

/** What `import('pdfjs-dist')` (or its legacy build) provides that the reader calls. */
export interface PdfJsLike {
  getDocument: (source: {
    data: Uint8Array
    cMapUrl?: string
    cMapPacked?: boolean
    isEvalSupported?: boolean
    useSystemFonts?: boolean
    disableFontFace?: boolean
    standardFontDataUrl?: string
    verbosity?: number
  }) => { promise: Promise<PdfDocumentProxyLike>, destroy: () => Promise<void> }
}
