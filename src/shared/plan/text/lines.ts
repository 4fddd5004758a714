/** A line of the document as the parser sees it, with its 1-based line number in the input. */
export interface SourceLine {
  text: string
  line: number
}

// Characters that belong to Chinese running text: ideographs, CJK and full-width punctuation, curly quotes, dashes.
const cjkClass = '\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF00-\\uFFEF\\u2018-\\u201D\\u2014\\u2026\\u00B7'
export const cjkChar = new RegExp(`[${cjkClass}]`)

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && cjkChar.test(char)
}

/** Joins the pieces of a sentence that a PDF or a web page broke over lines. */
export function joinPieces(pieces: string[]): string {
  return joinLines(pieces.map(text => ({ text, line: 0 }))).text
}

export interface JoinedText {
  text: string
  /** Where each line starts in the text, in order. */
  starts: Array<{ offset: number, line: number }>
}

export function joinLines(lines: SourceLine[]): JoinedText {
  const joined: JoinedText = { text: '', starts: [] }
  for (const { text, line } of lines) {
    const needsSpace = /[A-Za-z0-9]$/.test(joined.text) && /^[A-Za-z0-9]/.test(text)
    if (needsSpace) joined.text += ' '
    joined.starts.push({ offset: joined.text.length, line })
    joined.text += text
  }
  return joined
}

/** The input line a position in joined text came from. */
export function lineAtOffset(joined: JoinedText, offset: number): number {
  let line = joined.starts[0]?.line ?? 0
  for (const start of joined.starts) {
    if (start.offset > offset) break
    line = start.line
  }
  return line
}

export function snippet(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}
