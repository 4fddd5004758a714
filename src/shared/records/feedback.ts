import { z } from 'zod'
import { maskedNamePattern, maskedPhonePattern, maskName, maskPhone, phonePattern } from '../feedback/mask'
import { attendeeTypes } from './checkin'
import { epochMs, recordId, unitName } from './common'
import { photoRefSchema } from './evidence'
import { calendarDate, deviceRecordId, nonBlank, wholeGroups } from './fieldRules'
import { adoptionValues, contactFields, feedbackStatuses, handlingFields, handlingNeeds } from './feedbackKinds'

export { type Adoption, adoptionValues, contactFields, type FeedbackStatus, feedbackStatuses, type HandlingField, handlingFields, handlingNeeds } from './feedbackKinds'

const dateFields = ['receivedOn', 'replyDue'] as const

const feedbackFields = z.object({
  id: deviceRecordId,
  /** The recording unit: it and coordinators see the contact details unmasked. */
  unit: unitName,
  eventId: deviceRecordId.nullable(),
  taskId: recordId.nullable(),
  content: nonBlank(5000),
  /** One of the topics in feedback settings, which coordinators edit; old topics stay valid. */
  topic: nonBlank(50),
  respondentType: z.enum(attendeeTypes),
  rating: z.number().int().min(1).max(5).nullable(),
  /** E.g. a photo of a handwritten card; bytes go up separately by SHA-256. */
  photo: photoRefSchema.nullable(),
  consent: z.boolean(),
  name: nonBlank(50).nullable(),
  phone: z.string().regex(phonePattern, '应为手机号（1 开头的 11 位数字）或带区号的固定电话，只含数字').nullable(),
  /** Kept beside the full values because the server withholds name and phone from other units. */
  nameMasked: z.string().max(50).nullable(),
  phoneMasked: z.string().max(20).nullable(),
  contactErasedAt: epochMs.nullable(),
  /** The day it was heard (Shanghai time); the reply deadline counts from it. */
  receivedOn: calendarDate,
  replyDue: calendarDate,
  status: z.enum(feedbackStatuses),
  referredTo: unitName.nullable(),
  referredAt: epochMs.nullable(),
  /** What the referring unit asked of the unit it referred to; optional, and absent on older records. */
  referralNote: z.string().trim().max(500).nullable().optional(),
  reply: nonBlank(5000).nullable(),
  repliedOn: calendarDate.nullable(),
  withheldReason: nonBlank(1000).nullable(),
  /** When it was published or withheld; contact erasure counts from here. */
  closedAt: epochMs.nullable(),
  adoption: z.enum(adoptionValues).nullable(),
  createdAt: epochMs,
  createdBy: z.string().max(100),
})

type FeedbackShape = z.infer<typeof feedbackFields>

function checkContact(item: Partial<FeedbackShape>, ctx: z.RefinementCtx): void {
  if (!('consent' in item))
    return
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  const held = (['name', 'phone', 'nameMasked', 'phoneMasked'] as const).filter(f => item[f] != null)
  if (!item.consent)
    held.forEach(f => issue(f, `${f} may only be kept with the respondent's consent`))
  else if (item.contactErasedAt != null)
    held.forEach(f => issue(f, `${f} must be empty once contact details are erased`))
  else if (item.nameMasked == null && item.phoneMasked == null)
    issue('consent', '已勾选同意留下联系方式，但姓名和电话都没有填写')
  // Without the full value beside it (another unit's copy), a mask must still look like one, so
  // the masked fields cannot carry the full details.
  if (item.phone == null && item.phoneMasked != null && !maskedPhonePattern.test(item.phoneMasked))
    issue('phoneMasked', '遮挡后的号码应为：前 3 位、*、后 4 位')
  if (item.name == null && item.nameMasked != null && !maskedNamePattern.test(item.nameMasked))
    issue('nameMasked', '遮挡后的姓名应为：第一个字，再加 *')
  if (item.phone != null && item.phoneMasked !== maskPhone(item.phone))
    issue('phoneMasked', 'phoneMasked 与 phone 不一致')
  if (item.name != null && item.nameMasked !== maskName(item.name))
    issue('nameMasked', 'nameMasked 与 name 不一致')
}

function checkHandling(item: Partial<FeedbackShape>, ctx: z.RefinementCtx): void {
  if (!item.status || !(item.status in handlingNeeds))
    return
  const needs = handlingNeeds[item.status]
  for (const field of needs.filled.filter(f => item[f] == null))
    ctx.addIssue({ code: 'custom', path: [field], message: `状态 ${item.status} 须有 ${field}` })
  for (const field of needs.empty.filter(f => item[f] != null))
    ctx.addIssue({ code: 'custom', path: [field], message: `状态 ${item.status} 不能有 ${field}` })
  if ((item.referredTo == null) !== (item.referredAt == null))
    ctx.addIssue({ code: 'custom', path: ['referredAt'], message: 'referredTo 和 referredAt 须同时填写' })
}

function checkDates(item: Partial<FeedbackShape>, ctx: z.RefinementCtx): void {
  if (item.receivedOn && item.replyDue && item.replyDue < item.receivedOn)
    ctx.addIssue({ code: 'custom', path: ['replyDue'], message: '答复期限 replyDue 早于登记日期 receivedOn' })
}

/**
 * A piece of public feedback. Created whole with a device id; handling, contact and dates
 * change by patches that carry their whole group (see fieldRules.wholeGroups).
 */
export const feedbackRecordSchema = feedbackFields.superRefine(checkContact).superRefine(checkHandling).superRefine(checkDates)
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>

export const feedbackPatchSchema = feedbackFields
  .omit({ id: true, unit: true, createdAt: true, createdBy: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([contactFields, handlingFields, dateFields]))
  .superRefine(checkContact)
  .superRefine(checkHandling)
  .superRefine(checkDates)
