// Words of 首页's desk: the events' times as the events screens write them, and reply countdowns.
import type { MessageKey } from '../../../i18n'

export { eventWhenText } from '../../events'

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** 还有 2 个工作日 / 今天到期 / 已逾期 3 个工作日, as the 意见 screens say it. */
export function replyCountdownText(t: Translate, daysLeft: number): string {
  if (daysLeft < 0)
    return t('feedback.due.overdue', { n: -daysLeft })
  return daysLeft === 0 ? t('feedback.due.today') : t('feedback.due.left', { n: daysLeft })
}
