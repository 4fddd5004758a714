// Step 1: one spelling for the same text. PDFs, web pages, Word and Markdown exports write
// the same plan with different widths of punctuation, stray spaces and markup.
import { isCjk, type SourceLine } from './lines'
import { stripInlinePageMarkers } from './noise'
import { replaceRadicals } from './radicals'

const fullWidthAlnum = /[０-９Ａ-Ｚａ-ｚ％．＋－]/g
const invisible = /[\u200B-\u200D\u2060\uFEFF]/g
const wideSpace = /[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g
const halfToFull: Record<string, string> = { ':': '：', ',': '，', ';': '；', '?': '？', '!': '！' }

function widenPunctuation(text: string): string {
  let out = text.replace(/\(/g, '（').replace(/\)/g, '）')
  // A half-width colon or comma between Chinese characters is Chinese punctuation; 14:50 stays.
  out = out.replace(/ *([:,;?!]) */g, (match, mark: string, offset: number) => {
    const before = out[offset - 1]
    const after = out[offset + match.length]
    return isCjk(before) || isCjk(after) || before === '）' ? halfToFull[mark] : match
  })
  return out
}

// Spaces inside Chinese text are layout (PDF justification, "2024 年"), not words: drop them.
function dropLayoutSpaces(text: string): string {
  return text.replace(/ +/g, (spaces, offset: number) => {
    const before = text[offset - 1]
    const after = text[offset + spaces.length]
    if (before === undefined || after === undefined || before === '\t' || after === '\t') return ''
    return isCjk(before) || isCjk(after) ? '' : ' '
  })
}

function stripMarkdown(text: string): string {
  if (/^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/.test(text)) return ''
  return text
    .replace(/^\s*-{3,}\s*/, '')
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/\*\*|__/g, '')
}

// A straight quote inside Chinese text closes the curly quote before it, or opens one.
function curlQuotes(text: string): string {
  if (!text.includes('"')) return text
  let open = false
  return [...text].map((char, index) => {
    if (char === '“') open = true
    else if (char === '”') open = false
    else if (char === '"' && (isCjk(text[index - 1]) || isCjk(text[index + 1]))) {
      open = !open
      return open ? '“' : '”'
    }
    return char
  }).join('')
}

export function normalizeLine(raw: string): string {
  let text = replaceRadicals(raw.replace(invisible, '').replace(wideSpace, ' '))
  text = text.replace(fullWidthAlnum, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
  text = stripMarkdown(text)
  text = widenPunctuation(curlQuotes(text))
  text = dropLayoutSpaces(text)
  text = stripInlinePageMarkers(text)
  // Only spaces are trimmed: a leading tab is an empty table cell.
  return text.replace(/^ +| +$/g, '')
}

export function splitSourceLines(text: string): SourceLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((raw, index) => ({ text: raw, line: index + 1 }))
}

export function normalizeLines(lines: SourceLine[]): SourceLine[] {
  return lines.map(({ text, line }) => ({ text: normalizeLine(text), line }))
}
