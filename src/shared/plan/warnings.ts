// Everything the parser could not place, said with the lines it came from (Chinese first).
import { snippet, type SourceLine } from './text/lines'

const mostWarnings = 1000

export function lineRange(lines: SourceLine[]): string {
  const first = lines[0].line
  const last = lines[lines.length - 1].line
  return first === last ? `第${first}行` : `第${first}–${last}行`
}

/** Consecutive lines (by line number) in one block, so one stretch of footer is one warning. */
export function blocksOf(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = []
  for (const line of lines) {
    const block = blocks[blocks.length - 1]
    const last = block?.[block.length - 1]
    if (last && line.line - last.line <= 2) block.push(line)
    else blocks.push([line])
  }
  return blocks
}

/** Why a line became part of no task: the import preview shows it beside the line. */
export const whyUnplaced = {
  chrome: '网页导航、分享、页脚等页面内容，已忽略（web page furniture ignored）',
  afterBody: '正文之后的文字不属于任何任务，未导入（text after the plan body is not part of any task）',
  chapterIntro: '章节导语不属于任何任务（chapter introduction, not a task）',
  emptyChapter: '章节下没有任务（chapter without tasks）',
  tableHeader: '分解表没有可读的行（breakdown table has no readable rows）',
}

export const warn = {
  chrome: (block: SourceLine[]) => `${lineRange(block)}：${whyUnplaced.chrome}：${snippet(block[0].text)}`,
  afterBody: (block: SourceLine[]) => `${lineRange(block)}：${whyUnplaced.afterBody}：${snippet(block[0].text)}`,
  numbering: (line: number, label: string, expected: number) => `第${line}行：编号“${label}”不连续（此处应为第${expected}项），按正文处理（numbering out of sequence, kept as text）`,
  chapterIntro: (line: number, text: string) => `第${line}行：${whyUnplaced.chapterIntro}：${snippet(text)}`,
  emptyChapter: (line: number, text: string) => `第${line}行：${whyUnplaced.emptyChapter}：${snippet(text)}`,
  weakRow: (line: number, row: number | null, label: string) => `第${line}行：分解表${row === null ? '无序号的一行' : `第${row}行`}在正文中找不到对应内容，按位置归入${label}（table row not found in the body, placed by position）`,
  noUnits: (line: number, label: string, text: string) => `第${line}行：${label}最后一个责任单位括号之后的文字没有标明责任单位，作为该任务的检查项保留（text after the task's last unit group names no units）：${snippet(text)}`,
  noTable: (line: number) => `第${line}行：${whyUnplaced.tableHeader}`,
}

const lineOf = (warning: string) => Number(/^第(\d+)/.exec(warning)?.[1] ?? 0)

/** In document order, and no more than a record holds. */
export function finishWarnings(warnings: string[]): string[] {
  const ordered = [...warnings].sort((a, b) => lineOf(a) - lineOf(b))
  if (ordered.length <= mostWarnings) return ordered
  const rest = ordered.length - mostWarnings + 1
  return [...ordered.slice(0, mostWarnings - 1), `另有${rest}条提示未列出（${rest} more warnings not listed）`]
}
