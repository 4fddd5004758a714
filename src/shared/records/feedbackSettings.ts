import { z } from 'zod'
import { calendarDate, nonBlank, noDuplicates, wholeGroups } from './fieldRules'

/** There is one settings record, edited by coordinators; its first patch creates it from the defaults. */
export const feedbackSettingsId = 'feedback-settings'

const dateList = z.array(calendarDate).max(400).superRefine(noDuplicates(d => d, 'date'))

const settingsFields = z.object({
  id: z.literal(feedbackSettingsId),
  topics: z.array(nonBlank(50)).min(1, 'keep at least one topic').max(100).superRefine(noDuplicates(t => t, 'topic')),
  replyWorkingDays: z.number().int().min(1).max(250),
  contactRetentionDays: z.number().int().min(1).max(3650),
  /** Coordinators' corrections to the built-in holiday calendar (calendar/holidays.ts); they win over it. */
  extraHolidays: dateList,
  extraWorkdays: dateList,
})

function holidaysApartFromWorkdays(value: Partial<z.infer<typeof settingsFields>>, ctx: z.RefinementCtx): void {
  const workdays = new Set(value.extraWorkdays ?? [])
  value.extraHolidays?.forEach((date, index) => {
    if (workdays.has(date))
      ctx.addIssue({ code: 'custom', path: ['extraHolidays', index], message: `${date} is listed both as a holiday and as a working day` })
  })
}

export const feedbackSettingsRecordSchema = settingsFields.superRefine(holidaysApartFromWorkdays)
export type FeedbackSettingsRecord = z.infer<typeof feedbackSettingsRecordSchema>

export const feedbackSettingsPatchSchema = settingsFields
  .omit({ id: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([['extraHolidays', 'extraWorkdays']]))
  .superRefine(holidaysApartFromWorkdays)

export const feedbackSettingsDefaults = {
  id: feedbackSettingsId,
  topics: ['活动组织', '政务服务', '政策咨询', '信息公开', '生态环境', '城市管理', '交通出行', '民生保障', '其他'],
  replyWorkingDays: 15,
  contactRetentionDays: 180,
  extraHolidays: [],
  extraWorkdays: [],
} satisfies FeedbackSettingsRecord
