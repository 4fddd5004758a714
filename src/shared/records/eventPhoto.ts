import { z } from 'zod'
import { epochMs, unitName } from './common'
import { photoRefSchema } from './evidence'
import { deviceRecordId } from './fieldRules'

/** A photo taken at an event; its bytes go up separately, addressed by SHA-256. */
export const eventPhotoRecordSchema = z.object({
  id: deviceRecordId,
  eventId: deviceRecordId,
  unit: unitName,
  photo: photoRefSchema,
  caption: z.string().max(1000),
  takenAt: epochMs,
  createdBy: z.string().max(100),
})
export type EventPhotoRecord = z.infer<typeof eventPhotoRecordSchema>

export const eventPhotoPatchSchema = eventPhotoRecordSchema.pick({ caption: true }).partial().strict()
