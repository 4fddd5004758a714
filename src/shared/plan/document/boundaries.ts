// Where the plan's body stops: the attachments list, the breakdown table, the closing block
// (signature, 印发 line, 抄送), or the web page around the document.
import type { SourceLine } from '../text/lines'
import { tableHeaderAt } from '../table/header'
import { isDateLine } from './dates'

const closingLine = /^(?:附件[：:\d一二三四五六七八九]|附件$|抄送[：:]|主题词[：:]|关键词[：:]|信息公开属性|（此件(?:公开发布|主动公开|不公开)）|此件(?:公开发布|主动公开))/
const printedOn = /(?:\d{4}|[〇零一二三四五六七八九]{4})年.{1,12}日印发$/
const organisation = /(?:局|委|办|办公室|政府|委员会|中心|厅|部)$/

/** A short line naming an organisation right above a date: a signature. */
function isSignature(lines: SourceLine[], index: number): boolean {
  const text = lines[index].text
  const next = lines[index + 1]?.text
  return text.length <= 30 && organisation.test(text) && !/[，。；：、]/.test(text) && next !== undefined && (isDateLine(next) || isPrintedOn(next))
}

function isPrintedOn(text: string): boolean {
  return printedOn.test(text.replace(/\s+/g, ''))
}

export function isClosingLine(lines: SourceLine[], index: number): boolean {
  const text = lines[index].text
  return closingLine.test(text) || isPrintedOn(text) || isDateLine(text) || isSignature(lines, index)
}

/** The first line at or after `from` where the body certainly ends, or lines.length. */
export function findHardEnd(lines: SourceLine[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    const text = lines[index].text
    if (isClosingLine(lines, index) || text === '序号' || tableHeaderAt(lines, index)) return index
  }
  return lines.length
}
