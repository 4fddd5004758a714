// Step 2: text that arrived as one line (copied from a web page, or a PDF extracted without
// line breaks) is cut back into lines where the document's structure shows through.
import { normalizeLine } from './normalize'
import type { SourceLine } from './lines'

const runOnLength = 300

// Where a new line must begin inside run-on text. A cut that is not really structure is
// harmless: lines that are not headings are joined back into their paragraph later.
const cutBefore = [
  /(?<!第)（[一二三四五六七八九十]{1,3}）/g,
  /(?<=^|[。；！？）”：])[一二三四五六七八九十]{1,3}、/g,
  /(?<=[。；！？）”])\d{1,2}[.、](?!\d)/g,
  /(?<=[。；！？）”])（\d{1,2}）/g,
  /附件[：\d]/g,
  /抄送[：]/g,
  /(?<=。)\d{4}年\d{1,2}月\d{1,2}日/g,
]
// A plan title outside 《》 stands on a line of its own.
const titleInRunOn = /(?<![《〈“\d])\d{4}年[\u4E00-\u9FFF（）]{2,40}?(?:工作要点|工作计划|实施方案|工作安排)(?![》〉”])/g

function cutPositions(text: string): number[] {
  const cuts = new Set<number>()
  for (const pattern of cutBefore) {
    for (const match of text.matchAll(pattern)) cuts.add(match.index)
  }
  for (const match of text.matchAll(titleInRunOn)) {
    cuts.add(match.index)
    cuts.add(match.index + match[0].length)
  }
  return [...cuts].filter(cut => cut > 0 && cut < text.length).sort((a, b) => a - b)
}

function cutAt(text: string, cuts: number[]): string[] {
  const pieces: string[] = []
  let start = 0
  for (const cut of cuts) {
    pieces.push(text.slice(start, cut))
    start = cut
  }
  pieces.push(text.slice(start))
  return pieces
}

// Spaces that stood for line breaks: runs of spaces, or a space between two Chinese characters.
const spaceAsBreak = /\s{2,}|(?<=[\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D])\s(?=[\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D])/

/** Normalizes every line, first cutting a run-on line into the lines it once was. */
export function splitRunOnLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  for (const { text, line } of lines) {
    if (text.length <= runOnLength || text.includes('\t')) {
      out.push({ text: normalizeLine(text), line })
      continue
    }
    for (const piece of text.split(spaceAsBreak)) {
      const normalized = normalizeLine(piece)
      const parts = normalized.length > runOnLength / 3 ? cutAt(normalized, cutPositions(normalized)) : [normalized]
      for (const part of parts) out.push({ text: part.trim(), line })
    }
  }
  return out
}
