// Brings the server's changes since this user's cursor, page by page. Each page is written
// in small transactions with the page handed back to the user in between, so a catch-up of
// thousands of changes never freezes the screen.
import type { Change } from '../../shared/sync/protocol'
import type { SyncContext } from './context'
import { readDirectoryState, saveDirectory } from '../db/directoryRepository'
import { applyPulledChanges, cursorForUser, finishRefresh, readRefreshKeys } from '../db/syncPullRepository'
import { resetSyncedData } from '../db/syncReset'

/**
 * How many rows one transaction writes. Each row costs the page a structured clone on the
 * main thread, which is measured per chunk: the next chunk is sized to keep that work near
 * a quarter of a 50 ms frame on this very phone; the commit itself runs off the main thread.
 */
const chunkSizing = { targetBusyMs: 12, initialRows: 100, minRows: 20, maxRows: 500 }

/** A plan is written as its summary row plus one row per task. */
function rowsOf(change: Change): number {
  const tasks = change.entity === 'plan' ? (change.data?.tasks as unknown[] | undefined)?.length ?? 0 : 0
  return 1 + tasks
}

interface ChunkPlan {
  userId: string
  /** The cursor after the last change, or null when this pass must not move the cursor. */
  cursorAfter: string | null
  only: Set<string> | null
}

/** The next chunk: changes from `start` up to the row budget (always at least one change). */
function chunkAt(changes: Change[], start: number, rowBudget: number): Change[] {
  let end = start
  let rows = 0
  while (end < changes.length && (end === start || rows + rowsOf(changes[end]) <= rowBudget))
    rows += rowsOf(changes[end++])
  return changes.slice(start, end)
}

async function applyInChunks(ctx: SyncContext, changes: Change[], plan: ChunkPlan, sizing: { rows: number }, unsure: Set<string>): Promise<void> {
  let written = 0
  do {
    const chunk = chunkAt(changes, written, sizing.rows)
    written += chunk.length
    const cursor = plan.cursorAfter === null ? null : written === changes.length ? plan.cursorAfter : chunk.at(-1)!.version
    const { busyMs, written: keys } = await applyPulledChanges(chunk, { userId: plan.userId, cursor, only: plan.only }, ctx.database)
    keys.forEach(key => unsure.delete(key))
    const rows = chunk.reduce((sum, change) => sum + rowsOf(change), 0)
    if (busyMs > 0 && rows >= chunkSizing.minRows) {
      const fitting = rows * chunkSizing.targetBusyMs / busyMs
      // Halfway towards what fits, so one noisy measurement cannot swing the size.
      sizing.rows = Math.round(Math.min(chunkSizing.maxRows, Math.max(chunkSizing.minRows, (sizing.rows + fitting) / 2)))
    }
    await ctx.yieldToPage()
  } while (written < changes.length)
}

/** Fetches the unit directory when the server's version differs from the device's copy. */
async function refreshDirectory(ctx: SyncContext, token: string, userId: string, serverVersion: number | undefined): Promise<void> {
  if (serverVersion === undefined || !ctx.api.directory)
    return
  const held = await readDirectoryState(ctx.database)
  if (held?.version === serverVersion && held.userId === userId)
    return
  await saveDirectory(await ctx.api.directory(token), userId, ctx.database)
}

/** Pulls from `from` to the end; records it writes are no longer `unsure`. */
async function pullPass(ctx: SyncContext, token: string, userId: string, from: string, only: Set<string> | null, unsure: Set<string>): Promise<number> {
  const sizing = { rows: chunkSizing.initialRows }
  let cursor = from
  let pulled = 0
  let directoryChecked = false
  for (;;) {
    const page = await ctx.api.pull(token, cursor, ctx.pullLimit)
    if (!directoryChecked) {
      directoryChecked = true
      await refreshDirectory(ctx, token, userId, page.directoryVersion)
    }
    // Who may read what changed beyond what a pull can say: drop what was pulled, keep the
    // outbox, and read everything again from the start (the server never resets a pull from 0).
    if (page.reset && cursor !== '0') {
      await resetSyncedData(userId, ctx.database)
      cursor = '0'
      continue
    }
    await applyInChunks(ctx, page.changes, { userId, cursorAfter: only ? null : page.cursor, only }, sizing, unsure)
    pulled += page.changes.length
    cursor = page.cursor
    if (!page.more)
      return pulled
  }
}

/**
 * Pulls from the cursor. Some records' final values may be unsure after a push (lost a
 * conflict, rejected, or answered only as a duplicate); most come back in this pull anyway.
 * For any that do not, everything is read once more from the start and the server's value
 * taken for just those records.
 */
export async function pullChanges(ctx: SyncContext, token: string, userId: string): Promise<number> {
  const marked = await readRefreshKeys(ctx.database)
  const unsure = new Set(marked)
  const pulled = await pullPass(ctx, token, userId, await cursorForUser(userId, ctx.database), null, unsure)
  if (unsure.size)
    await pullPass(ctx, token, userId, '0', new Set(unsure), unsure)
  if (marked.length)
    await finishRefresh(marked, ctx.database)
  return pulled
}
