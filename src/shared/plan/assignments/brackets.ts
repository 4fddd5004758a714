// Full-width brackets in Chinese text, matched with nesting: （区建设管理委（区交通委））.

export interface Bracketed {
  start: number
  /** Index just past the closing bracket. */
  end: number
  inner: string
}

// A bracket left open by a PDF for longer than this is a stray, not a group.
const longestGroup = 400

/** The outermost （…） groups of a text; brackets inside 《》 belong to titles and are skipped. */
export function topLevelBrackets(text: string): Bracketed[] {
  const groups: Bracketed[] = []
  let depth = 0
  let start = -1
  let inTitle = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '《') inTitle++
    else if (char === '》' && inTitle > 0) inTitle--
    if (inTitle > 0) continue
    if (char === '（') {
      if (depth === 0) start = i
      depth++
    }
    else if (char === '）' && depth > 0) {
      depth--
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) })
    }
    if (depth > 0 && i - start > longestGroup) {
      depth = 0
      i = start
    }
  }
  return groups
}

/** Splits on the given separators where they are not inside brackets. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of text) {
    if (char === '（' || char === '《') depth++
    else if ((char === '）' || char === '》') && depth > 0) depth--
    if (depth === 0 && separators.test(char)) {
      parts.push(current)
      current = ''
      continue
    }
    current += char
  }
  parts.push(current)
  return parts.map(part => part.trim()).filter(part => part !== '')
}
