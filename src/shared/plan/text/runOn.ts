// Step 2: text that arrived as one line (copied from a web page, or a PDF extracted without
// line breaks) is cut back into lines where the document's structure shows through.
import { normalizeLine } from './normalize'
import { stripInlinePageMarkers } from './noise'
import type { SourceLine } from './lines'

const runOnLength = 300
const cjk = '\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2014\\u2018-\\u201D'

// Where a new line must begin inside run-on text. A cut that is not really structure is
// harmless: lines that are not headings are joined back into their paragraph later.
const cutBefore = [
  // （一）, but not 第（一）项
  /(?<!第)（[一二三四五六七八九十]{1,3}）/g,
  // 一、 after a sentence, a unit group or a heading
  /(?<=^|[。；！？）”：\-—])[一二三四五六七八九十]{1,3}、/g,
  // 1. and （1） after text, not inside a number, a date or 附件1
  /(?<![\d.．第件年月])\d{1,2}[.、](?![\d\s])/g,
  /(?<=[。；！？）”])（\d{1,2}）/g,
  /附件[：\d]?(?=\d{4}年|[：\d])/g,
  /抄送[：]/g,
  // the signing date under a notice: after a sentence or the signing organisation
  /(?<=[。局办室府委])\d{4}年\d{1,2}月\d{1,2}日/g,
  // the organisation that signs, or prints, above a date
  /(?<=[。）])[\u4E00-\u9FFF]{2,20}(?:办公室|局|政府|委员会|委)(?=\d{4}年\d{1,2}月\d{1,2}日)/g,
  // a breakdown table: its header and each numbered row
  /序号\t/g,
  /(?<=[^\t\d])\d{1,3}\t/g,
  // the page furniture of a web page the text was copied from
  /当前位置|扫描二维码|扫一扫|分享到|放大字体|浏览次数|(?:地区|标签|声明|来源|发布日期|发布时间|主办单位)：|上一篇|下一篇|相关链接|版权所有|核心提示/g,
  // Markdown headings and rules that lost their line breaks
  /#{1,6}(?!#)/g,
  /-{3,}/g,
]

// A plan title outside 《》, a document number under a letterhead, a notice's title.
const cutAround = [
  /(?<![《〈“\d])\d{4}年[\u4E00-\u9FFF（）]{2,40}?(?:工作要点|工作计划|实施方案|工作安排)(?:任务分解表|任务清单|责任分解表)?(?![》〉”])/g,
  /(?<=文件)[\u4E00-\u9FFF]{1,10}〔\d{4}〕\d{1,4}号/g,
  /(?<=^|号|件|[。；：！？）])[\u4E00-\u9FFF]{2,30}?关于印发《[^《》]{4,60}》的通知(?:（[^（）]{4,20}号）)?/g,
]

function cutPositions(text: string): number[] {
  const cuts = new Set<number>()
  for (const pattern of cutBefore) {
    for (const match of text.matchAll(pattern)) cuts.add(match.index)
  }
  for (const pattern of cutAround) {
    for (const match of text.matchAll(pattern)) {
      cuts.add(match.index)
      cuts.add(match.index + match[0].length)
    }
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

// Spaces that stood for line breaks: runs of spaces, or one space between two Chinese characters.
const spaceAsBreak = new RegExp(`[ \\u3000]{2,}|(?<=[${cjk}]) (?=[${cjk}])`)

/** Normalizes every line, first cutting a run-on line into the lines it once was. */
export function splitRunOnLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  for (const { text, line } of lines) {
    if (text.length <= runOnLength) {
      out.push({ text: normalizeLine(text), line })
      continue
    }
    for (const piece of stripInlinePageMarkers(text).split(spaceAsBreak)) {
      const normalized = normalizeLine(piece)
      for (const part of cutAt(normalized, cutPositions(normalized))) out.push({ text: normalizeLine(part), line })
    }
  }
  return out
}
