import { z } from 'zod'
import { epochMs, unitName } from './common'
import { deviceRecordId, nonBlank } from './fieldRules'

/** A note taken during an event. One record per note, so notes from two phones never overwrite each other. */
export const eventNoteRecordSchema = z.object({
  id: deviceRecordId,
  eventId: deviceRecordId,
  unit: unitName,
  text: nonBlank(5000),
  at: epochMs,
  by: z.string().max(100),
})
export type EventNoteRecord = z.infer<typeof eventNoteRecordSchema>

export const eventNotePatchSchema = eventNoteRecordSchema.pick({ text: true }).partial().strict()
