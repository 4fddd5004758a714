import { z } from 'zod'
import { epochMs, unitName } from './common'
import { deviceRecordId, endNotBeforeStart, nonBlank, wholeGroups } from './fieldRules'

/** 参观, 讲解演示, 座谈, 问卷, 其他: a 座谈 or 问卷 session is what the plans ask every open day to have. */
export const sessionKinds = ['visit', 'presentation', 'symposium', 'survey', 'other'] as const
export type SessionKind = typeof sessionKinds[number]

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
