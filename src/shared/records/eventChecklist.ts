import { z } from 'zod'
import { uuidPattern } from '../ids'
import { epochMs, recordId, unitName } from './common'
import { eventPhases } from './eventKinds'
import { deviceRecordId, nonBlank, wholeGroups } from './fieldRules'

const doneGroup = ['done', 'doneAt', 'doneBy'] as const

const checklistFields = z.object({
  /** `${eventId}#${templateItemId}` for items from a template (see events/checklist.ts), a device UUID for added ones. */
  id: recordId,
  eventId: deviceRecordId,
  unit: unitName,
  phase: z.enum(eventPhases),
  text: nonBlank(200),
  order: z.number().int().min(0).max(10_000),
  done: z.boolean(),
  doneAt: epochMs.nullable(),
  doneBy: z.string().max(100).nullable(),
  note: z.string().max(2000),
})

function doneMatchesStamp(item: Partial<Record<typeof doneGroup[number], unknown>>, ctx: z.RefinementCtx): void {
  if (!('done' in item))
    return
  for (const field of ['doneAt', 'doneBy'] as const) {
    if (item.done && item[field] === null)
      ctx.addIssue({ code: 'custom', path: [field], message: `已完成的事项须有 ${field}` })
    if (!item.done && item[field] !== null)
      ctx.addIssue({ code: 'custom', path: [field], message: `未完成的事项不能有 ${field}` })
  }
}

/** A template item's id names its event: no one may take the id of an item of another event. */
function idOfThisEvent(item: { id: string, eventId: string }, ctx: z.RefinementCtx): void {
  if (!uuidPattern.test(item.id) && !item.id.startsWith(`${item.eventId}#`))
    ctx.addIssue({ code: 'custom', path: ['id'], message: '应为设备生成的 UUID，或本事项所属活动的 `${eventId}#${templateItemId}`' })
}

/** One item of an event's checklist; ticks merge per field like plan checklist progress. */
export const eventChecklistItemRecordSchema = checklistFields.superRefine(doneMatchesStamp).superRefine(idOfThisEvent)
export type EventChecklistItemRecord = z.infer<typeof eventChecklistItemRecordSchema>

export const eventChecklistItemPatchSchema = checklistFields
  .omit({ id: true, eventId: true, unit: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([doneGroup]))
  .superRefine(doneMatchesStamp)
