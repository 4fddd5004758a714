// A .docx plan's text, read with fflate and no DOM so that it runs in the browser (import on
// a phone, offline), on the server and in the CLI.
import { strFromU8, unzipSync } from 'fflate'
import { documentText } from './docx/body'
import { readNumbering } from './docx/numbering'

export type DocxReadErrorCode = 'docx-unreadable' | 'docx-too-large'

/** The bytes are not a Word document (.docx) that can be read. */
export class DocxReadError extends Error {
  override name = 'DocxReadError'
  readonly code: DocxReadErrorCode
  constructor(message: string, code: DocxReadErrorCode = 'docx-unreadable') {
    super(message)
    this.code = code
  }
}

const parts = new Set(['word/document.xml', 'word/numbering.xml'])

// A zip bomb declares a huge unpacked size or a flood of entries. The parts read are inflated
// into buffers of their declared size, so refusing large declarations bounds the memory used.
export const docxLimits = { entries: 10_000, partBytes: 64 * 1024 * 1024 }

function tooLarge(what: string): DocxReadError {
  return new DocxReadError(`Word文件异常：${what}，超出可导入的范围，未读取 (the .docx is too large to import: ${what})`, 'docx-too-large')
}

export function docxToText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>
  let entries = 0
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (++entries > docxLimits.entries) throw tooLarge(`超过${docxLimits.entries}个压缩条目 (more than ${docxLimits.entries} entries)`)
        if (!parts.has(file.name)) return false
        if (file.originalSize > docxLimits.partBytes) throw tooLarge(`${file.name}解压后声明为${Math.round(file.originalSize / 1024 / 1024)} MB (declared ${file.originalSize} bytes unpacked)`)
        return true
      },
    })
  }
  catch (error) {
    if (error instanceof DocxReadError) throw error
    throw new DocxReadError(`不是有效的 .docx 文件（not a readable .docx file: ${(error as Error).message}）`)
  }
  const document = files['word/document.xml']
  if (!document) throw new DocxReadError('文件中没有 word/document.xml，不是 Word 文档（no word/document.xml: not a Word document）')
  const numbering = files['word/numbering.xml'] ? readNumbering(strFromU8(files['word/numbering.xml'])) : null
  return documentText(strFromU8(document), numbering)
}
