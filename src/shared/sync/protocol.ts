// Messages between a device's sync engine and the server. The device numbers its
// mutations per client id; the server applies each (clientId, seq) at most once.
import { z } from 'zod'
import { entityNames } from '../records'
import { epochMs, recordId } from '../records/common'

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

export type MutationStatus = 'applied' | 'duplicate' | 'superseded' | 'rejected'

export interface MutationResult {
  seq: number
  status: MutationStatus
  /** For rejected: words to show the user. */
  reason?: string
  /** For rejected: a stable code (forbidden, invalid, not_found, conflict_deleted). */
  code?: string
  /** Fields of an applied patch that lost to a newer value (kept in history). */
  lostFields?: string[]
  /** For rejected with code invalid: each bad field, e.g. { path: 'mutations.3.data.status' }. */
  issues?: Array<{ path: string, message: string }>
}

export interface PushResponse {
  results: MutationResult[]
  serverTime: number
}

export const pullQuerySchema = z.object({
  cursor: z.string().regex(/^\d+$/, 'a cursor is a whole number').default('0'),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(500),
})

export interface Change {
  entity: string
  id: string
  /** Commit-ordered position; pass the last one seen as the next cursor. */
  version: string
  /** A tombstone: the record was deleted, or this user may no longer see it. */
  deleted: boolean
  data: Record<string, unknown> | null
}

export interface PullResponse {
  changes: Change[]
  cursor: string
  more: boolean
  serverTime: number
  /**
   * Present (true) when who may read what changed for this user in a way an incremental pull
   * cannot express (a unit moved, a task's lead unit taken away): drop every synced record
   * (keep the unsent outbox) and pull again from cursor 0. Such an answer carries no changes.
   */
  reset?: true
  /** The unit directory's version: a device whose copy differs fetches GET /api/directory. */
  directoryVersion?: number
}

/** The body of every error response, with one entry per bad field for a 400. */
export interface ApiError {
  error: {
    code: string
    message: string
    issues?: Array<{ path: string, message: string }>
  }
}
