// Words for the sync state, shared by the status bar and the sync page.
import type { SyncStatus } from '../../../sync/engine'
import type { MessageKey, MessageParams } from '../../../i18n'

export type Translate = (key: MessageKey, params?: MessageParams) => string

const problemKeys: Record<NonNullable<SyncStatus['problem']>, MessageKey> = {
  'offline': 'sync.problem.offline',
  'unreachable': 'sync.problem.unreachable',
  'session-expired': 'sync.problem.sessionExpired',
  'signed-out': 'sync.problem.signedOut',
  'password-change': 'sync.problem.passwordChange',
  'server-error': 'sync.problem.serverError',
  'device-error': 'sync.problem.deviceError',
}

export function problemText(t: Translate, problem: SyncStatus['problem']): string | null {
  return problem ? t(problemKeys[problem]) : null
}

const minute = 60_000

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

/** One change in a list on the sync page. */
export interface ChangeLine {
  key: string
  title: string
  label?: string
  at: number
}
