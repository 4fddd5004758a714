// Brings the server's changes since this user's cursor, page by page. Each page is written
// in small transactions with the page handed back to the user in between, so a catch-up of
// thousands of changes never freezes the screen.
import type { Change } from '../../shared/sync/protocol'
import type { SyncContext } from './context'
import { applyPulledChanges, cursorForUser, finishRefresh, readRefreshKeys } from '../db/syncPullRepository'

/** Chunks are sized so one transaction's work on the page stays well under a 50 ms frame budget. */
const chunkTiming = { targetMs: 12, initial: 100, min: 10, max: 1000 }

interface ChunkPlan {
  userId: string
  /** The cursor after the last change, or null when this pass must not move the cursor. */
  cursorAfter: string | null
  only: Set<string> | null
}

async function applyInChunks(ctx: SyncContext, changes: Change[], plan: ChunkPlan, sizing: { size: number }): Promise<void> {
  let start = 0
  do {
    const chunk = changes.slice(start, start + sizing.size)
    start += chunk.length
    const last = start >= changes.length
    const cursor = plan.cursorAfter === null ? null : last ? plan.cursorAfter : chunk.at(-1)!.version
    const began = performance.now()
    await applyPulledChanges(chunk, { userId: plan.userId, cursor, only: plan.only }, ctx.database)
    const took = performance.now() - began
    if (took < chunkTiming.targetMs / 2)
      sizing.size = Math.min(chunkTiming.max, sizing.size * 2)
    else if (took > chunkTiming.targetMs * 2)
      sizing.size = Math.max(chunkTiming.min, Math.floor(sizing.size / 2))
    await ctx.yieldToPage()
  } while (start < changes.length)
}

async function pullPass(ctx: SyncContext, token: string, userId: string, from: string, only: Set<string> | null): Promise<number> {
  const sizing = { size: chunkTiming.initial }
  let cursor = from
  let pulled = 0
  for (;;) {
    const page = await ctx.api.pull(token, cursor, ctx.pullLimit)
    await applyInChunks(ctx, page.changes, { userId, cursorAfter: only ? null : page.cursor, only }, sizing)
    pulled += page.changes.length
    cursor = page.cursor
    if (!page.more)
      return pulled
  }
}

/**
 * Pulls from the cursor; then, if some records' final values are unsure after a push
 * (lost a conflict, rejected, or only answered as duplicates), reads everything once more
 * from the start and takes the server's value for just those records.
 */
export async function pullChanges(ctx: SyncContext, token: string, userId: string): Promise<number> {
  const pulled = await pullPass(ctx, token, userId, await cursorForUser(userId, ctx.database), null)
  const unsure = await readRefreshKeys(ctx.database)
  if (unsure.length) {
    await pullPass(ctx, token, userId, '0', new Set(unsure))
    await finishRefresh(unsure, ctx.database)
  }
  return pulled
}
