// Which feedback settings record an organization keeps and what it holds before its first edit,
// without zod: every screen that counts reply deadlines reads them, and only an edit needs the schema.
import type { FeedbackSettingsRecord } from './feedbackSettings'
import { organizationRecordId } from './owner'

/**
 * Each organization keeps one settings record, edited by its coordinators; its first patch
 * creates it from the defaults. This id is the one record kept before organizations (and on a
 * server without a directory), which screens fall back to.
 */
export const feedbackSettingsId = 'feedback-settings'

/** The settings record of an organization; the shared one for none. */
export function feedbackSettingsIdOf(owner: string | null | undefined): string {
  return organizationRecordId(feedbackSettingsId, owner)
}

/** The defaults under a first patch; `owner` comes with that patch (the id already names it). */
export const feedbackSettingsDefaults = {
  id: feedbackSettingsId,
  topics: ['活动组织', '政务服务', '政策咨询', '信息公开', '生态环境', '城市管理', '交通出行', '民生保障', '其他'],
  replyWorkingDays: 15,
  contactRetentionDays: 180,
  extraHolidays: [],
  extraWorkdays: [],
} satisfies FeedbackSettingsRecord
