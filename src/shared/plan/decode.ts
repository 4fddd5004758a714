// A plan file's bytes as text, wherever it is opened (phone, server, CLI): Word documents,
// PDFs (with the pdf.js the caller brings), UTF-8, the UTF-16 that Windows Notepad calls
// "Unicode", and GB18030 from older tools. What cannot be read is a typed error with a code
// (for the app's message keys) and a message (Chinese first, English in parentheses).
import { DocxReadError, docxToText } from './docx'
import { pdfPlanText, PdfWithoutTextError } from './pdf/planText'
import { PdfReadError } from './pdf/read'
import type { PdfPageText } from './pdf/types'

export type PlanFileKind = 'txt' | 'docx' | 'doc' | 'pdf'

export type PlanFileErrorCode = 'unsupported-file' | 'legacy-doc' | 'docx-unreadable' | 'docx-too-large' | 'pdf-without-text' | 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-too-long' | 'pdf-reader-missing'

export interface PlanFileError {
  code: PlanFileErrorCode
  message: string
}

export type DecodedPlanFile
  = | { kind: PlanFileKind, text: string, /** Things the preview should say about the file (pages without text). */ notes: string[] }
    | { kind: PlanFileKind | null, error: PlanFileError }

export interface DecodeOptions {
  /** Reads a PDF's pages with pdf.js; see pdfReader(). Without it a PDF is refused. */
  readPdf?: (bytes: Uint8Array) => Promise<PdfPageText[]>
}

export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
const zip = [0x50, 0x4B, 0x03, 0x04]
// Every file of Office 97–2003 (and WPS's .wps) is a Compound File: D0 CF 11 E0 A1 B1 1A E1.
const compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
const pdf = [0x25, 0x50, 0x44, 0x46, 0x2D]
const textExtensions = /\.(?:txt|text|md|markdown|csv)$/i

/** What the file is, by its first bytes, else by its name; null for a kind a plan does not come in. */
export function planFileKindOf(bytes: Uint8Array, name = ''): PlanFileKind | null {
  if (startsWith(bytes, pdf)) return 'pdf'
  if (startsWith(bytes, zip)) return 'docx'
  if (startsWith(bytes, compoundFile)) return 'doc'
  if (/\.docx$/i.test(name)) return 'docx'
  if (/\.pdf$/i.test(name)) return 'pdf'
  if (/\.(?:doc|wps)$/i.test(name)) return 'doc'
  return textExtensions.test(name) || !/\.[a-z0-9]{1,5}$/i.test(name) ? 'txt' : null
}

// Old .doc files are refused with advice rather than read: the maintained reader (word-extractor)
// needs Node's fs, stream and Buffer and a Node zip library, so it cannot run in the browser for
// an offline import; a phone and the CLI must accept the same files.
const legacyDoc: PlanFileError = { code: 'legacy-doc', message: '这是旧版Word(.doc)文件，请在Word/WPS中另存为.docx后再导入 (an old binary Word .doc file: save it as .docx in Word or WPS, then import it)' }

function errorOf(error: unknown): PlanFileError {
  if (error instanceof DocxReadError || error instanceof PdfReadError) return { code: error.code, message: error.message }
  if (error instanceof PdfWithoutTextError) return { code: 'pdf-without-text', message: error.message }
  throw error
}

async function pdfText(bytes: Uint8Array, options: DecodeOptions): Promise<{ text: string, notes: string[] }> {
  if (!options.readPdf) throw new PdfReadError('pdf-unreadable', '此处不能读取PDF文件 (PDF files cannot be read here)')
  const { text, pagesWithoutText } = pdfPlanText(await options.readPdf(bytes))
  const notes = pagesWithoutText.length > 0 ? [`第${pagesWithoutText.join('、')}页没有文字层（扫描图片），其内容未能读取 (pages ${pagesWithoutText.join(', ')} have no text layer and were not read)`] : []
  return { text, notes }
}

/** The file's text for readPlanDraft, or why it cannot be read. */
export async function decodePlanFile(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Promise<DecodedPlanFile> {
  const kind = planFileKindOf(bytes, name)
  if (kind === null) return { kind, error: { code: 'unsupported-file', message: `不支持“${name}”这种文件，请导入 .docx、.pdf 或 .txt 文件 (unsupported file type: import a .docx, .pdf or .txt file)` } }
  if (kind === 'doc') return { kind, error: legacyDoc }
  if (kind === 'pdf' && !options.readPdf) return { kind, error: { code: 'pdf-reader-missing', message: '此处不能读取PDF文件 (PDF files cannot be read here)' } }
  try {
    if (kind === 'pdf') return { kind, ...await pdfText(bytes, options) }
    return { kind, text: kind === 'docx' ? docxToText(bytes) : decodeTextBytes(bytes), notes: [] }
  }
  catch (error) {
    return { kind, error: errorOf(error) }
  }
}

/** .docx by name or by content (a zip), anything else as text: the synchronous reader the build uses for seeds. */
export function planTextOf(bytes: Uint8Array, fileName = ''): string {
  return planFileKindOf(bytes, fileName) === 'docx' ? docxToText(bytes) : decodeTextBytes(bytes)
}
