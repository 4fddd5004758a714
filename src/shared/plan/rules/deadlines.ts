// Step 6: deadlines. Every phrase the plans use for "by when" becomes an ISO due date in the
// plan's year; relative ones count from the plan's issue date; "持续推进" keeps its text, no date.
import { addDays, isoDate, lastDayOfMonth } from '../document/dates'
import { chineseToNumber } from '../../text/numerals'

export interface DeadlineContext {
  year: number
  issuedOn: string | null
}

export interface Deadline {
  text: string
  due: string | null
  index: number
}

interface Rule {
  pattern: RegExp
  /** Whether the phrase means a deadline inside running text too, not only in a deadline cell;
   *  a pattern says which matches do (3月31日前 does, a bare 4月21日 does not). */
  inText: boolean | RegExp
  due: (match: RegExpExecArray, context: DeadlineContext) => string | null
}

const nextYear = '(下一年度?|次年度?|明年)?'
const numberOf = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : chineseToNumber(raw) ?? Number.NaN)
const yearOf = (match: RegExpExecArray, context: DeadlineContext, explicit: number, next: number) =>
  match[explicit] ? Number(match[explicit]) : context.year + (match[next] ? 1 : 0)
const quarterEnd = (year: number, quarter: number) => (quarter >= 1 && quarter <= 4 ? lastDayOfMonth(year, quarter * 3) : null)

function addWorkingDays(iso: string, days: number): string {
  let date = iso
  for (let left = days; left > 0;) {
    date = addDays(date, 1)
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return date
}

const rules: Rule[] = [
  {
    pattern: new RegExp(`(?:本(?:工作)?(?:要点|方案|计划|通知))?(?:印发|发布)(?:之日起|后)(\\d+|[一二三四五六七八九十]+)(个工作日|日|天)(?:内|以内)`, 'g'),
    inText: true,
    due: (m, c) => (c.issuedOn ? (m[2] === '个工作日' ? addWorkingDays(c.issuedOn, numberOf(m[1])) : addDays(c.issuedOn, numberOf(m[1]))) : null),
  },
  {
    pattern: new RegExp(`${nextYear}(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(前|之前|以前|止)?`, 'g'),
    inText: /(?:前|之前|以前|止)$/,
    due: (m, c) => isoDate(yearOf(m, c, 2, 1), Number(m[3]), Number(m[4])),
  },
  {
    pattern: new RegExp(`${nextYear}(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)(?:前|之前|以前)?`, 'g'),
    inText: true,
    due: (m, c) => lastDayOfMonth(yearOf(m, c, 2, 1), Number(m[3])),
  },
  {
    pattern: new RegExp(`${nextYear}(?:(\\d{4})年)?(\\d{1,2})月(上旬|中旬|下旬)(?:前|之前)?`, 'g'),
    inText: true,
    due: (m, c) => {
      const year = yearOf(m, c, 2, 1)
      const month = Number(m[3])
      return m[4] === '下旬' ? lastDayOfMonth(year, month) : isoDate(year, month, m[4] === '上旬' ? 10 : 20)
    },
  },
  {
    pattern: new RegExp(`${nextYear}(?:(\\d{4})年)?(\\d{1,2})月份?(?:前|之前)?`, 'g'),
    inText: /月份/,
    due: (m, c) => lastDayOfMonth(yearOf(m, c, 2, 1), Number(m[3])),
  },
  {
    pattern: new RegExp(`${nextYear}(?:(\\d{4})年)?第?([一二三四1-4])季度(?:末|底)?(?:前|之前)?`, 'g'),
    inText: true,
    due: (m, c) => quarterEnd(yearOf(m, c, 2, 1), numberOf(m[3])),
  },
  {
    pattern: /(?:(\d{4})年)?(上半年|下半年)(?:前|之前|底前)?/g,
    inText: true,
    due: (m, c) => isoDate(m[1] ? Number(m[1]) : c.year, m[2] === '上半年' ? 6 : 12, m[2] === '上半年' ? 30 : 31),
  },
  {
    pattern: /(?:(\d{4})年)?(?:全年|(?<![\d一二三四五六七八九十两几])年内|年底前?|年末|年度内|本年度内?)/g,
    inText: true,
    due: (m, c) => isoDate(m[1] ? Number(m[1]) : c.year, 12, 31),
  },
]

const ongoing = /持续推进|持续开展|持续|长期|常态化|经常性|定期/

function matchesOf(text: string, context: DeadlineContext, inText: boolean): Deadline[] {
  const found: Deadline[] = []
  for (const rule of rules) {
    rule.pattern.lastIndex = 0
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      if (inText && !(rule.inText === true || (rule.inText instanceof RegExp && rule.inText.test(match[0])))) continue
      found.push({ text: match[0], due: rule.due(match, context), index: match.index })
    }
  }
  // Where phrases overlap (12月底前 is also 年底前's cousin), the longest one that starts first wins.
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  return found.filter((deadline, i) => !found.slice(0, i).some(other => other.index + other.text.length > deadline.index))
}

/** Deadline phrases inside a requirement sentence, in order. */
export function findDeadlines(text: string, context: DeadlineContext): Deadline[] {
  return matchesOf(text, context, true)
}

export function latest(deadlines: Array<{ due: string | null }>): string | null {
  return deadlines.reduce<string | null>((max, { due }) => (due && (!max || due > max) ? due : max), null)
}

/** A deadline cell or a 完成时限 clause: the whole text is the deadline; its latest date is the due date. */
export function readDeadline(text: string, context: DeadlineContext): { deadline: string, due: string | null } | null {
  const deadline = text.trim()
  if (deadline === '') return null
  return { deadline, due: latest(matchesOf(deadline, context, false)) }
}

/** True when a clause says nothing but when: 全年, 6月底前完成, 持续推进. */
export function isDeadlinePhrase(text: string, context: DeadlineContext = { year: 2000, issuedOn: null }): boolean {
  const clause = text.trim().replace(/(?:完成|启动|实施|落实)$/, '')
  if (clause === '') return false
  if (ongoing.test(clause) && clause.replace(ongoing, '').length <= 2) return true
  const covered = matchesOf(clause, { ...context, issuedOn: context.issuedOn ?? '2000-01-01' }, false).reduce((sum, d) => sum + d.text.length, 0)
  return covered > 0 && covered >= clause.replace(/[，、和及至到-]/g, '').length - 1
}
