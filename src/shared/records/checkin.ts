import { z } from 'zod'
import { epochMs, unitName } from './common'
import { attendeeTypes } from './eventKinds'
import { deviceRecordId } from './fieldRules'

export { attendeeTypes, type AttendeeType } from './eventKinds'

/**
 * One tap on the door counter: +1 for an arrival, -1 to undo a mistaken tap. Appended, never
 * edited, so two phones counting at the same door add up instead of overwriting each other.
 */
export const checkinRecordSchema = z.object({
  id: deviceRecordId,
  eventId: deviceRecordId,
  unit: unitName,
  attendeeType: z.enum(attendeeTypes),
  delta: z.union([z.literal(1), z.literal(-1)], { error: 'delta 只能是 1 或 -1' }),
  at: epochMs,
  by: z.string().max(100),
})
export type CheckinRecord = z.infer<typeof checkinRecordSchema>
