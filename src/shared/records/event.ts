import { z } from 'zod'
import { epochMs, recordId, unitName } from './common'
import { eventFormats, eventStatuses, eventTypes } from './eventKinds'
import { deviceRecordId, endNotBeforeStart, nonBlank, noDuplicates, wholeGroups } from './fieldRules'

export { eventFormats, type EventFormat, eventStatuses, type EventStatus, eventTypes, type EventType } from './eventKinds'

const count = z.number().int().min(0).max(1_000_000)

const eventFields = z.object({
  id: deviceRecordId,
  /** The host unit; its staff run the event. */
  unit: unitName,
  type: z.enum(eventTypes),
  title: nonBlank(200),
  theme: z.string().max(500),
  startsAt: epochMs,
  endsAt: epochMs,
  venue: z.string().max(300),
  format: z.enum(eventFormats),
  /** Plan tasks the event counts toward (see events/targets.ts). */
  taskIds: z.array(recordId).max(50).superRefine(noDuplicates(id => id, '任务编号')),
  invitedCount: count.nullable(),
  /** Viewers of a live stream, who pass no door counter; attendance adds them to the check-ins. */
  onlineAudience: count.nullable(),
  status: z.enum(eventStatuses),
  questionnaireId: recordId.nullable(),
  createdAt: epochMs,
  createdBy: z.string().max(100),
})

/** An event, created whole with a device id; later edits are patches. */
export const eventRecordSchema = eventFields.superRefine(endNotBeforeStart('startsAt', 'endsAt'))
export type EventRecord = z.infer<typeof eventRecordSchema>

export const eventPatchSchema = eventFields
  .omit({ id: true, unit: true, createdAt: true, createdBy: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([['startsAt', 'endsAt']]))
  .superRefine(endNotBeforeStart('startsAt', 'endsAt'))
