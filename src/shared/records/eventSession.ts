import { z } from 'zod'
import { epochMs, unitName } from './common'
import { sessionKinds } from './eventKinds'
import { deviceRecordId, endNotBeforeStart, nonBlank, wholeGroups } from './fieldRules'

export { type SessionKind, sessionKinds } from './eventKinds'

const sessionFields = z.object({
  id: deviceRecordId,
  eventId: deviceRecordId,
  unit: unitName,
  kind: z.enum(sessionKinds),
  title: nonBlank(200),
  startsAt: epochMs,
  /** Null while the session is still running or its end was not noted. */
  endsAt: epochMs.nullable(),
  note: z.string().max(2000),
})

/** One entry of an event's timeline. */
export const eventSessionRecordSchema = sessionFields.superRefine(endNotBeforeStart('startsAt', 'endsAt'))
export type EventSessionRecord = z.infer<typeof eventSessionRecordSchema>

export const eventSessionPatchSchema = sessionFields
  .pick({ kind: true, title: true, startsAt: true, endsAt: true, note: true })
  .partial()
  .strict()
  .superRefine(wholeGroups([['startsAt', 'endsAt']]))
  .superRefine(endNotBeforeStart('startsAt', 'endsAt'))
