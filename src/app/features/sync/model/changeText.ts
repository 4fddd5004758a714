// Words for the changes the sync page lists (refused, overtaken). Apart from syncText.ts, which the
// always-shown status bar imports: these name other screens' messages (event and feedback statuses),
// which the first screen must not carry.
import type { EntityName } from '../../../../shared/records'
import type { Translate } from './syncText'
import { isMessageKey } from '../../../i18n'

const namedFields = ['status', 'note', 'count', 'caption'] as const
const isNamedField = (field: string): field is typeof namedFields[number] => (namedFields as readonly string[]).includes(field)
// Each kind of record says its status in its own words (a task 部分完成, a feedback item 已转办).
const statusWords: Partial<Record<EntityName, 'sync.progress' | 'event.statuses' | 'feedback.statuses'>> = {
  progress: 'sync.progress',
  event: 'event.statuses',
  feedback: 'feedback.statuses',
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
  return [t(`entity.${entity}`), ...shown].join(' · ')
}

/** "完成情况、备注": the fields of a change, in words. */
export function fieldsText(t: Translate, fields: string[]): string {
  return fields.filter(isNamedField).map(field => t(`sync.field.${field}`)).join('、')
}
