// Step 7: numeric targets a task must reach: 不得少于3次, 不低于60%, 至少听取一次.
import type { Target } from '../types'
import { chineseToNumber } from '../../text/numerals'

const atLeast = '不得少于|不少于|不得低于|不低于|不小于|不应少于|不应低于'
const atMost = '不得超过|不超过|不高于|不多于|不大于|控制在'
const amount = '(?<amount>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)'
const measure = '(?<measure>%|个百分点|个工作日|(?:[个次项家条场件篇批期名人所份类户轮]|万元|亿元|万|天|日)?)'
// 至少 may come before its verb and object: 至少听取一次, 至少组织开展“政府开放月”主题活动2场.
const verbAndObject = '(?<gap>[\\u4E00-\\u9FFF“”]{0,16}?)'
// Past a few characters the words between 至少 and a number may belong to something else:
// the number then counts only with its measure (至少…2场, not 至少…2024年).
const plainGap = 4

const patterns: Array<{ pattern: RegExp, op: Target['op'] }> = [
  { pattern: new RegExp(`(?:${atLeast})${amount}${measure}`, 'g'), op: '>=' },
  { pattern: new RegExp(`至少${verbAndObject}${amount}${measure}`, 'g'), op: '>=' },
  { pattern: new RegExp(`(?:${atMost})${amount}${measure}(?:以内|以下)?`, 'g'), op: '<=' },
]

// A number on its own is a target only with a measure or when it is a plain count.
function valueOf(raw: string): number | null {
  const value = /^\d/.test(raw) ? Number(raw) : chineseToNumber(raw)
  return value === null || !Number.isFinite(value) ? null : value
}

/** The clause a target sits in, from the last break before it to the end of its number. */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start)
  const clauseStart = Math.max(...['，', '；', '。', '（', '：', '\n'].map(mark => before.lastIndexOf(mark))) + 1
  return text.slice(clauseStart, end).trim()
}

export function findTargets(text: string): Target[] {
  const found: Array<Target & { index: number }> = []
  for (const { pattern, op } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const { amount: raw, measure: unit, gap = '' } = match.groups as { amount: string, measure: string, gap?: string }
      const value = valueOf(raw)
      // 至少一次 reads as a count; a bare Chinese numeral word without a measure does not, nor a year or a date.
      const bare = unit === '' && (!/^\d/.test(raw) || gap.length > plainGap || /^[年月日号]/.test(text.slice(match.index + match[0].length)))
      if (value === null || bare) continue
      found.push({ text: clauseOf(text, match.index, match.index + match[0].length), op, value, unit, index: match.index })
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...target }) => target)
}
