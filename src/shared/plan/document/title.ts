// The plan's own title line: "2021年青浦区政务公开工作要点". A notice that only forwards the
// plan names it inside 《》, which serves when the title line itself is missing.
import type { SourceLine } from '../text/lines'

const planKind = /(?:工作要点|要点|工作计划|工作安排|实施方案|工作方案|重点任务|任务清单|任务分解表|责任分解表|工作任务)(?:（[^（）]{1,12}）)?$/
const tableTitle = /(?:任务清单|任务分解表|责任分解表)(?:（[^（）]{1,12}）)?$/
const notAPlan = /关于|通知$|报告$|总结$|^附件/

export interface TitleLine {
  source: SourceLine
  title: string
  /** The title came from 《》 in a notice, not from a line of its own. */
  fromNotice: boolean
  /** The title names a breakdown table rather than the plan. */
  isTable: boolean
}

export function isTitleText(text: string): boolean {
  return text.length >= 6 && text.length <= 60 && planKind.test(text) && !notAPlan.test(text) && !/[。，；：《》]/.test(text)
}

export function findTitle(lines: SourceLine[]): TitleLine | null {
  const candidates = lines.flatMap(line => (isTitleText(line.text) ? [{ source: line, title: line.text, fromNotice: false, isTable: tableTitle.test(line.text) }] : []))
  const planTitle = candidates.find(candidate => !candidate.isTable)
  if (planTitle) return planTitle
  for (const line of lines) {
    const quoted = /关于印发.*?《([^《》]+)》/.exec(line.text)?.[1]
    if (quoted && isTitleText(quoted)) return { source: line, title: quoted, fromNotice: true, isTable: false }
  }
  return candidates[0] ?? null
}
