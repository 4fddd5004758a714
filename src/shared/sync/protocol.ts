// Messages between a device's sync engine and the server. The device numbers its
// mutations per client id; the server applies each (clientId, seq) at most once.
import { z } from 'zod'
import { entityNames } from '../records'
import { epochMs, recordId } from '../records/common'
import { issueSchema, rejectionCodes } from '../api/errors'

export const maxMutationsPerPush = 500
export const maxPullLimit = 1000
export { formatBytes, maxMutationBytes, mutationBytes } from './mutationSize'

export const mutationSchema = z.object({
  seq: z.number().int().positive(),
  entity: z.enum(entityNames),
  id: recordId,
  op: z.enum(['put', 'patch', 'delete']),
  data: z.record(z.string(), z.unknown()),
  /** Device clock when the change was made; the server corrects it by the push's clock skew. */
  at: epochMs,
})
export type Mutation = z.infer<typeof mutationSchema>

export const pushRequestSchema = z.object({
  clientId: z.string().uuid(),
  /** Device clock when the request was sent, to estimate the device's clock skew. */
  sentAt: epochMs,
  mutations: z.array(mutationSchema).min(1).max(maxMutationsPerPush),
})
export type PushRequest = z.infer<typeof pushRequestSchema>

export const mutationStatuses = ['applied', 'duplicate', 'superseded', 'rejected'] as const
export type MutationStatus = typeof mutationStatuses[number]

export const mutationResultSchema = z.object({
  seq: z.number().int().positive(),
  status: z.enum(mutationStatuses),
  /** For rejected: words to show the user. */
  reason: z.string().optional(),
  /** For rejected: a stable code. */
  code: z.enum(rejectionCodes).optional(),
  /** Fields of an applied patch that lost to a newer value (kept in history). */
  lostFields: z.array(z.string()).optional(),
  /** For rejected with code invalid: each bad field, e.g. { path: 'mutations.3.data.status' }. */
  issues: z.array(issueSchema).optional(),
})
export type MutationResult = z.infer<typeof mutationResultSchema>

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema),
  serverTime: z.number(),
})
export type PushResponse = z.infer<typeof pushResponseSchema>

export const pullQuerySchema = z.object({
  cursor: z.string().regex(/^\d+$/, '同步游标应为非负整数').default('0'),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(500),
})

export const changeSchema = z.object({
  entity: z.string(),
  id: z.string(),
  /** Commit-ordered position; pass the last one seen as the next cursor. */
  version: z.string(),
  /** A tombstone: the record was deleted, or this user may no longer see it. */
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
})
export type Change = z.infer<typeof changeSchema>

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  cursor: z.string(),
  more: z.boolean(),
  serverTime: z.number(),
  /**
   * Present (true) when who may read what changed for this user in a way an incremental pull
   * cannot express (a unit moved, a task's lead unit taken away): drop every synced record
   * (keep the unsent outbox) and pull again from cursor 0. Such an answer carries no changes.
   */
  reset: z.literal(true).optional(),
  /** The unit directory's version: a device whose copy differs fetches GET /api/directory. */
  directoryVersion: z.number().optional(),
})
export type PullResponse = z.infer<typeof pullResponseSchema>
