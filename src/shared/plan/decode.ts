// A plan file's bytes as text, wherever it is opened (phone, server, CLI): Word documents,
// UTF-8, the UTF-16 that Windows Notepad calls "Unicode", and GB18030 from older tools.
import { docxToText } from './docx'

function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const zipSignature = [0x50, 0x4B, 0x03, 0x04]

/** .docx by name or by content (a zip), anything else as text. */
export function planTextOf(bytes: Uint8Array, fileName = ''): string {
  const isZip = zipSignature.every((byte, index) => bytes[index] === byte)
  return /\.docx$/i.test(fileName) || isZip ? docxToText(bytes) : decodeTextBytes(bytes)
}
