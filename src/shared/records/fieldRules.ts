// Field rules shared by the event, feedback and questionnaire records.
import { z } from 'zod'
import { uuidPattern } from '../ids'
import { isoDate } from './common'
import { hostileTextIssues } from './safeText'

/** Appended records get a UUID on the device, which is what lets them never conflict. */
export const deviceRecordId = z.string().regex(uuidPattern, '应为设备上生成的小写 UUID')

/** A YYYY-MM-DD that is also a real day of the calendar. */
export const calendarDate = isoDate.refine(isRealDate, '不是真实存在的日期')

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return true // the format check has already said what is wrong
  const [y, m, d] = text.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A short stable key for template items, questions and options: letters, digits, - and _. */
export const shortKey = z.string().regex(/^[\w-]{1,40}$/, 'expected a key of 1-40 letters, digits, - or _')

export const nonBlank = (max: number) => z.string().trim().min(1, '不能为空').max(max)

/** Refinement: no two list entries share a key; names the later duplicate. */
export function noDuplicates<T>(keyOf: (item: T) => unknown, what: string) {
  return (list: T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>()
    list.forEach((item, index) => {
      const key = keyOf(item)
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index], message: `${what}重复：${String(key)}` })
      seen.add(key)
    })
  }
}

/**
 * Per-field merging keeps the newest value of each field on its own. Fields whose values only
 * make sense together (a status and the reply it requires, a start and its end) must travel in
 * one patch: then the whole group has one winner and the merged record stays consistent.
 */
export function wholeGroups(groups: ReadonlyArray<readonly string[]>) {
  return (patch: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const group of groups) {
      const present = group.filter(field => field in patch)
      if (present.length === 0 || present.length === group.length)
        continue
      for (const field of group.filter(f => !(f in patch)))
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} 须与 ${present.join('、')} 一起发送：${group.join('、')} 这些字段一起修改` })
    }
  }
}

/** Refinement for a start/end pair, on a record or on a patch that carries both. */
export function endNotBeforeStart(start: string, end: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const from = value[start]
    const to = value[end]
    if (typeof from === 'number' && typeof to === 'number' && to < from)
      ctx.addIssue({ code: 'custom', path: [end], message: `${end} 早于 ${start}` })
  }
}

/** Refinement: no string or key anywhere in the value holds NUL or a lone surrogate (see safeText.ts). */
export function safeText(value: unknown, ctx: z.RefinementCtx): void {
  for (const issue of hostileTextIssues(value))
    ctx.addIssue({ code: 'custom', path: issue.at, message: issue.message })
}
