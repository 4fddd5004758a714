// Words for the sync state, shared by the status bar and the sync page.
import type { EntityName } from '../../../../shared/records'
import type { SyncStatus } from '../../../sync/engine'
import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n'

type Translate = (key: MessageKey, params?: MessageParams) => string

const problemKeys: Record<NonNullable<SyncStatus['problem']>, MessageKey> = {
  'offline': 'sync.problem.offline',
  'unreachable': 'sync.problem.unreachable',
  'session-expired': 'sync.problem.sessionExpired',
  'signed-out': 'sync.problem.signedOut',
  'server-error': 'sync.problem.serverError',
  'device-error': 'sync.problem.deviceError',
}

export function problemText(t: Translate, problem: SyncStatus['problem']): string | null {
  return problem ? t(problemKeys[problem]) : null
}

const minute = 60_000
const namedFields = ['status', 'note', 'count', 'caption'] as const
const isNamedField = (field: string): field is typeof namedFields[number] => (namedFields as readonly string[]).includes(field)
// Each kind of record says its status in its own words (a task 部分完成, a feedback item 已转办).
const statusWords: Partial<Record<EntityName, 'sync.progress' | 'event.statuses' | 'feedback.statuses'>> = {
  progress: 'sync.progress',
  event: 'event.statuses',
  feedback: 'feedback.statuses',
}

/** "3 分钟前", coarse on purpose: the exact time is on the sync page. */
export function sinceText(t: Translate, at: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - at) / minute))
  if (minutes < 1)
    return t('sync.since.justNow')
  if (minutes < 60)
    return t('sync.since.minutes', { n: minutes })
  if (minutes < 24 * 60)
    return t('sync.since.hours', { n: Math.floor(minutes / 60) })
  return t('sync.since.days', { n: Math.floor(minutes / (24 * 60)) })
}

export function dateTimeText(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at)
}

/** A status this version has no words for (another kind's, a newer version's) shows as stored. */
function statusText(t: Translate, entity: EntityName, status: unknown): string {
  const words = statusWords[entity]
  const key = words ? `${words}.${String(status)}` : ''
  return words && isMessageKey(key) ? t(key) : String(status)
}

/** A queued change in a line: which kind of record, and the values it carries. */
export function changeText(t: Translate, entity: EntityName, data: Record<string, unknown>): string {
  const shown = [...namedFields, 'url']
    .filter(field => data[field] !== undefined && data[field] !== '')
    .map(field => field === 'status' ? statusText(t, entity, data.status) : String(data[field]))
  return [t(`sync.entity.${entity}`), ...shown].join(' · ')
}

/** One change in a list on the sync page. */
export interface ChangeLine {
  key: string
  title: string
  label?: string
  at: number
}

/** "完成情况、备注": the fields of a change, in words. */
export function fieldsText(t: Translate, fields: string[]): string {
  return fields.filter(isNamedField).map(field => t(`sync.field.${field}`)).join('、')
}
