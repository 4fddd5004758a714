// The plan's own title line: "2021年青浦区政务公开工作要点". A notice that only forwards the
// plan names it inside 《》, which serves when the title line itself is missing.
import type { SourceLine } from '../text/lines'

const planKind = /(?:工作要点|要点|工作计划|工作安排|实施方案|工作方案|重点任务|任务清单|任务分解表|责任分解表|工作任务)(?:（[^（）]{1,12}）)?$/
const tableTitle = /(?:任务清单|任务分解表|责任分解表)(?:（[^（）]{1,12}）)?$/
const notAPlan = /关于|通知$|报告$|总结$|^附件/

export interface TitleLine {
  source: SourceLine
  /** How many lines the title takes: a PDF may wrap a long title onto a second line. */
  span: number
  title: string
  /** The title came from 《》 in a notice, not from a line of its own. */
  fromNotice: boolean
  /** The title names a breakdown table rather than the plan. */
  isTable: boolean
}

export function isTitleText(text: string): boolean {
  return text.length >= 6 && text.length <= 60 && planKind.test(text) && !notAPlan.test(text) && !/[。，；：《》]/.test(text)
}

/** The title on this line, or wrapped over this line and the next. */
function titleAt(lines: SourceLine[], index: number): TitleLine | null {
  const { text } = lines[index]
  if (isTitleText(text)) return { source: lines[index], span: 1, title: text, fromNotice: false, isTable: tableTitle.test(text) }
  const joined = text + (lines[index + 1]?.text ?? '')
  const wrapped = /\d{4}年/.test(text) && !/[，。；：《》]/.test(text) && !isTitleText(lines[index + 1]?.text ?? '') && isTitleText(joined)
  return wrapped ? { source: lines[index], span: 2, title: joined, fromNotice: false, isTable: tableTitle.test(joined) } : null
}

export function findTitle(lines: SourceLine[]): TitleLine | null {
  const candidates = lines.flatMap((_, index) => titleAt(lines, index) ?? [])
  const planTitle = candidates.find(candidate => !candidate.isTable)
  if (planTitle) return planTitle
  for (const line of lines) {
    const quoted = /关于印发.*?《([^《》]+)》/.exec(line.text)?.[1]
    if (quoted && isTitleText(quoted)) return { source: line, span: 1, title: quoted, fromNotice: true, isTable: false }
  }
  return candidates[0] ?? headlineTitle(lines)
}

// An article's headline that names the plan: 一图读懂｜《2025年金山区政务公开工作要点》. Only a
// short line at the top that is no sentence: a preamble citing another plan (根据《…》，…) is not.
const headlineReach = 3

function headlineTitle(lines: SourceLine[]): TitleLine | null {
  for (const line of lines.slice(0, headlineReach)) {
    const quoted = /《([^《》]+)》/.exec(line.text)?.[1]
    if (quoted && line.text.length <= 60 && !/[，。；]/.test(line.text) && isTitleText(quoted)) return { source: line, span: 1, title: quoted, fromNotice: true, isTable: false }
  }
  return null
}
