import { z } from 'zod'
import { organizationOwner } from './common'
import { calendarDate, nonBlank, noDuplicates, wholeGroups } from './fieldRules'
import { feedbackSettingsIdOf } from './feedbackSettingsDefaults'

export { feedbackSettingsDefaults, feedbackSettingsId, feedbackSettingsIdOf } from './feedbackSettingsDefaults'

const dateList = z.array(calendarDate).max(400).superRefine(noDuplicates(d => d, '日期'))

/** What a coordinator may set: the editor names these limits in its words, the schema enforces them. */
export const feedbackSettingsLimits = {
  topicLength: 50,
  topicCount: 100,
  replyWorkingDays: { min: 1, max: 250 },
  contactRetentionDays: { min: 1, max: 3650 },
} as const

const limits = feedbackSettingsLimits

const settingsFields = z.object({
  id: z.string().min(1).max(200),
  /** The organization whose settings these are; the first patch names it, and the id follows from it. */
  owner: organizationOwner.optional(),
  topics: z.array(nonBlank(limits.topicLength)).min(1, '至少保留一个主题').max(limits.topicCount).superRefine(noDuplicates(t => t, '主题')),
  replyWorkingDays: z.number().int().min(limits.replyWorkingDays.min).max(limits.replyWorkingDays.max),
  contactRetentionDays: z.number().int().min(limits.contactRetentionDays.min).max(limits.contactRetentionDays.max),
  /** Coordinators' corrections to the built-in holiday calendar (calendar/holidays.ts); they win over it. */
  extraHolidays: dateList,
  extraWorkdays: dateList,
})

function idFollowsOwner(value: z.infer<typeof settingsFields>, ctx: z.RefinementCtx): void {
  const expected = feedbackSettingsIdOf(value.owner)
  if (value.id !== expected)
    ctx.addIssue({ code: 'custom', path: ['id'], message: `${value.owner ?? '未归属组织'}的意见设置编号应为 ${expected}` })
}

function holidaysApartFromWorkdays(value: Partial<z.infer<typeof settingsFields>>, ctx: z.RefinementCtx): void {
  const workdays = new Set(value.extraWorkdays ?? [])
  value.extraHolidays?.forEach((date, index) => {
    if (workdays.has(date))
      ctx.addIssue({ code: 'custom', path: ['extraHolidays', index], message: `${date} 同时列为节假日和调休工作日` })
  })
}

export const feedbackSettingsRecordSchema = settingsFields.superRefine(idFollowsOwner).superRefine(holidaysApartFromWorkdays)
export type FeedbackSettingsRecord = z.infer<typeof feedbackSettingsRecordSchema>

export const feedbackSettingsPatchSchema = settingsFields
  .omit({ id: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([['extraHolidays', 'extraWorkdays']]))
  .superRefine(holidaysApartFromWorkdays)
