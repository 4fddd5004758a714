// The history of a record: values that lost a conflict or were replaced, for whoever may read it.
import { z } from 'zod'
import { entityNames } from '../records'
import { recordId } from '../records/common'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

export const historyParams = z.object({ entity: z.enum(entityNames), id: recordId })

/** A value a record lost (to a newer one from elsewhere). */
export const historyEntrySchema = z.object({
  field: z.string(),
  value: z.unknown(),
  /** When the value was written (device time moved onto the server's clock). */
  at: z.number(),
  /** When it lost: to a newer value, or on arrival to an older-but-stored one. */
  recordedAt: z.number(),
  /** Who wrote the value, from the device that sent it; null for the server's own writes. */
  by: z.object({ userId: z.string(), displayName: z.string(), unit: z.string() }).nullable(),
})
export type RecordHistoryEntry = z.infer<typeof historyEntrySchema>

export const historyEndpoints = {
  history: endpoint({
    method: 'GET',
    path: apiPaths.history,
    access: 'session',
    params: historyParams,
    status: 200,
    response: z.object({ entity: z.enum(entityNames), id: z.string(), entries: z.array(historyEntrySchema) }),
  }),
}
