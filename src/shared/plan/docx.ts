// A .docx plan's text, read with fflate and no DOM so that it runs in the browser (import on
// a phone, offline), on the server and in the CLI.
import { strFromU8, unzipSync } from 'fflate'
import { documentText } from './docx/body'
import { readNumbering } from './docx/numbering'

/** The bytes are not a Word document (.docx) that can be read. */
export class DocxReadError extends Error {
  override name = 'DocxReadError'
}

const parts = new Set(['word/document.xml', 'word/numbering.xml'])

export function docxToText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: file => parts.has(file.name) })
  }
  catch (error) {
    throw new DocxReadError(`不是有效的 .docx 文件（not a readable .docx file: ${(error as Error).message}）`)
  }
  const document = files['word/document.xml']
  if (!document) throw new DocxReadError('文件中没有 word/document.xml，不是 Word 文档（no word/document.xml: not a Word document）')
  const numbering = files['word/numbering.xml'] ? readNumbering(strFromU8(files['word/numbering.xml'])) : null
  return documentText(strFromU8(document), numbering)
}
