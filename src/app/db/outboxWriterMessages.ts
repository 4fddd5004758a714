// What the page and the writer worker (outboxWriter.worker.ts) say to each other.
import type { OutboxRow } from './schema'
import type { RecordMutation } from './outboxRow'
import type { RowRecipe } from './recordOutboxTransaction'

export type WriterRequest
  /** Open the page's database (by name), which must already hold these tables. */
  = | { kind: 'open', database: string, tables: string[] }
    | { kind: 'write', id: number, table: string, mutation: RecordMutation, recipe: RowRecipe }

export type WriterReply
  = | { kind: 'opened', ok: boolean }
  /** The connection was closed (the page upgrading or deleting the database): nothing more is written. */
    | { kind: 'closed' }
  /** `committedAt`: the commit's time since the epoch (performance.timeOrigin + now), the page's clock being another. */
    | { kind: 'written', id: number, before: object | undefined, after: Record<string, unknown>, queued: OutboxRow, committedAt: number }
  /** Nothing was written: the page writes it itself. */
    | { kind: 'not written', id: number }
    | { kind: 'failed', id: number, name: string, message: string }
