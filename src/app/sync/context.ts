// What one device's sync needs: its database (undefined means this app's own), the
// server, a clock, and how to give the page back its main thread between chunks.
import type { AppDB } from '../db/syncRepository'
import type { SyncApi } from './api'

export interface SyncContext {
  database: AppDB | undefined
  api: SyncApi
  now: () => number
  isOnline: () => boolean
  /** Mutations per push request (the server takes at most maxMutationsPerPush). */
  batchSize: number
  /** Changes per pull request. */
  pullLimit: number
  yieldToPage: () => Promise<void>
}

interface SchedulerWithYield {
  yield?: () => Promise<void>
}

/** Lets input and rendering run: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler
  if (scheduler?.yield)
    return scheduler.yield()
  return new Promise(resolve => setTimeout(resolve, 0))
}
