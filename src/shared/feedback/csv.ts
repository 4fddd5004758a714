// CSV export of feedback for Excel: UTF-8 with a byte-order mark (without it Excel reads
// Chinese as mojibake), RFC 4180 quoting, CRLF line ends. Contact details go through
// visibleContact, so an export never shows more than its viewer may see.
import type { FeedbackRecord } from '../records/feedback'
import { attendeeTypeLabels } from '../events/labels'
import { type Viewer, visibleContact } from './contact'
import { shanghaiDate } from '../calendar'
import { isOverdue } from './deadline'
import { adoptionLabels, feedbackStatusLabels } from './labels'
import { feedbackNumber } from './number'

export { feedbackNumber }

export interface CsvContext {
  viewer: Viewer
  /** YYYY-MM-DD in Shanghai, for the 是否逾期 column. */
  today: string
  /** Titles to show for linked events and tasks; ids are shown where a title is missing. */
  eventTitles?: ReadonlyMap<string, string>
  taskTitles?: ReadonlyMap<string, string>
  /** The tasks each linked event serves: 关联任务 of an item recorded at an event. */
  eventTaskTitles?: ReadonlyMap<string, readonly string[]>
  /** The name of a unit id (the directory's); the id itself when not given. */
  unitName?: (unitId: string) => string
}

function linkedTasks(item: FeedbackRecord, context: CsvContext): string | null {
  if (item.taskId)
    return context.taskTitles?.get(item.taskId) ?? item.taskId
  const viaEvent = item.eventId ? context.eventTaskTitles?.get(item.eventId) : undefined
  return viaEvent?.length ? viaEvent.join('；') : null
}

const columns: Array<[string, (item: FeedbackRecord, context: CsvContext) => string | number | null]> = [
  ['编号', item => feedbackNumber(item)],
  ['登记日期', item => item.receivedOn],
  ['登记单位', (item, c) => c.unitName?.(item.unit) ?? item.unit],
  ['关联活动', (item, c) => item.eventId && (c.eventTitles?.get(item.eventId) ?? item.eventId)],
  ['关联任务', linkedTasks],
  ['主题', item => item.topic],
  ['意见建议内容', item => item.content],
  ['反映人类型', item => attendeeTypeLabels[item.respondentType]],
  ['评分', item => item.rating],
  ['姓名', (item, c) => visibleContact(item, c.viewer).name],
  ['联系电话', (item, c) => visibleContact(item, c.viewer).phone],
  ['联系方式清除日期', item => item.contactErasedAt && shanghaiDate(item.contactErasedAt)],
  ['处理状态', item => feedbackStatusLabels[item.status]],
  ['转办单位', (item, c) => item.referredTo && (c.unitName?.(item.referredTo) ?? item.referredTo)],
  ['答复期限', item => item.replyDue],
  ['是否逾期', (item, c) => isOverdue(item, c.today) ? '是' : '否'],
  ['答复内容', item => item.reply],
  ['答复日期', item => item.repliedOn],
  ['不予公开理由', item => item.withheldReason],
  ['采纳情况', item => item.adoption && adoptionLabels[item.adoption]],
  ['记录ID', item => item.id],
]

/**
 * One field as RFC 4180 wants it: quoted when it holds a comma, quote or line break. Text a
 * spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe, since
 * the content comes from the public.
 */
export function csvField(value: string | number | null): string {
  if (value === null)
    return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text))
    text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function feedbackCsv(items: readonly FeedbackRecord[], context: CsvContext): string {
  const lines = [columns.map(([header]) => csvField(header)).join(',')]
  for (const item of items)
    lines.push(columns.map(([, cell]) => csvField(cell(item, context))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
