// When to sync: on start, when the network returns, when the app comes to the foreground,
// shortly after each local write and every minute while open; after a failure, not before
// the backoff delay has passed (unless the network or the user says to try now).
import type { AppDB, SyncProblem } from '../db/syncRepository'
import type { SyncApi } from './api'
import { onOutboxWritten } from '../db/outbox'
import { readSyncState } from '../db/syncRepository'
import { type BackoffPolicy, backoffDelay, defaultBackoff } from './backoff'
import { type SyncContext, yieldToPage } from './context'
import { runSyncCycle, type SyncOutcome } from './cycle'
import { uploaderLock } from './uploaderLock'

export interface EngineTimers {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
  setInterval: (run: () => void, ms: number) => unknown
  clearInterval: (handle: unknown) => void
}

const globalTimers: EngineTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: handle => clearInterval(handle as ReturnType<typeof setInterval>),
}

export interface SyncEngineOptions {
  api: SyncApi
  /** Another device's database (tests simulate several); the app's own when left out. */
  database?: AppDB
  lockName?: string
  now?: () => number
  random?: () => number
  timers?: EngineTimers
  isOnline?: () => boolean
  yieldToPage?: () => Promise<void>
  batchSize?: number
  pullLimit?: number
  debounceMs?: number
  periodMs?: number
  backoff?: BackoffPolicy
  /** Asks the browser for a Background Sync while changes wait without a network. */
  requestBackgroundSync?: () => void
}

export interface SyncStatus {
  running: boolean
  problem: SyncProblem | null
  detail: string | null
  lastSuccessAt: number | null
  failures: number
  /** When the next try after a failure is due. */
  retryAt: number | null
}

export interface SyncEngine {
  readonly status: SyncStatus
  /** Runs a sync now, or right after the one in progress; resolves with its outcome. */
  syncNow: () => Promise<SyncOutcome>
  /** A local write was queued: sync a little later, so a burst of taps goes out together. */
  notifyLocalWrite: () => void
  start: () => void
  stop: () => void
  subscribe: (listener: (status: SyncStatus) => void) => () => void
}

const retried = new Set<SyncProblem>(['offline', 'unreachable', 'server-error', 'device-error'])

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const ctx: SyncContext = {
    database: options.database,
    api: options.api,
    now: options.now ?? Date.now,
    isOnline: options.isOnline ?? (() => globalThis.navigator?.onLine ?? true),
    batchSize: options.batchSize ?? 200,
    pullLimit: options.pullLimit ?? 500,
    yieldToPage: options.yieldToPage ?? yieldToPage,
  }
  const timers = options.timers ?? globalTimers
  const random = options.random ?? Math.random
  const lock = uploaderLock(options.lockName ?? 'kaifangri-sync')
  const listeners = new Set<(status: SyncStatus) => void>()
  const detachers: Array<() => void> = []
  const handles: { retry?: unknown, debounce?: unknown, period?: unknown } = {}
  let status: SyncStatus = { running: false, problem: null, detail: null, lastSuccessAt: null, failures: 0, retryAt: null }
  let running: Promise<SyncOutcome> | null = null
  let queued: Promise<SyncOutcome> | null = null

  const update = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change }
    listeners.forEach(listener => listener(status))
  }
  const waitingForRetry = () => status.retryAt !== null && ctx.now() < status.retryAt

  async function runOnce(): Promise<SyncOutcome> {
    timers.clearTimeout(handles.retry)
    update({ running: true })
    const outcome = await lock.run(() => runSyncCycle(ctx)).catch((error: unknown): SyncOutcome =>
      ({ problem: 'device-error', detail: error instanceof Error ? error.message : String(error), pushed: null, pulled: 0 }))
    const failures = outcome.problem && retried.has(outcome.problem) ? status.failures + 1 : 0
    const delay = failures ? backoffDelay(failures, random, options.backoff ?? defaultBackoff) : null
    if (delay !== null)
      handles.retry = timers.setTimeout(() => void syncNow(), delay)
    if (outcome.problem === 'offline' || outcome.problem === 'unreachable')
      options.requestBackgroundSync?.()
    const { lastSuccessAt } = await readSyncState(ctx.database).catch(() => status)
    // Cleared before listeners hear "not running", so one of them may start the next sync at once.
    running = null
    update({ running: false, problem: outcome.problem, detail: outcome.detail, lastSuccessAt, failures, retryAt: delay === null ? null : ctx.now() + delay })
    return outcome
  }

  function syncNow(): Promise<SyncOutcome> {
    if (!running) {
      running = runOnce()
      return running
    }
    queued ??= running.then(() => {
      queued = null
      return syncNow()
    })
    return queued
  }

  function notifyLocalWrite(): void {
    timers.clearTimeout(handles.debounce)
    handles.debounce = timers.setTimeout(() => {
      if (!waitingForRetry())
        void syncNow()
    }, options.debounceMs ?? 2_000)
    if (!ctx.isOnline())
      options.requestBackgroundSync?.()
  }

  function listen(target: EventTarget | undefined, type: string, handler: () => void) {
    target?.addEventListener(type, handler)
    detachers.push(() => target?.removeEventListener(type, handler))
  }

  function start(): void {
    if (detachers.length)
      return
    const page = globalThis.document
    // What the last session of the app achieved shows at once, before this sync ends.
    void readSyncState(ctx.database).then(({ lastSuccessAt }) => {
      if (status.lastSuccessAt === null)
        update({ lastSuccessAt })
    }, () => {})
    detachers.push(onOutboxWritten((database) => {
      if (!options.database || database === options.database)
        notifyLocalWrite()
    }))
    listen(globalThis.window, 'online', () => {
      update({ failures: 0, retryAt: null })
      void syncNow()
    })
    listen(page, 'visibilitychange', () => {
      if (page.visibilityState === 'visible')
        void syncNow()
    })
    handles.period = timers.setInterval(() => {
      if (page?.visibilityState !== 'hidden' && !waitingForRetry() && !running)
        void syncNow()
    }, options.periodMs ?? 60_000)
    void syncNow()
  }

  function stop(): void {
    detachers.splice(0).forEach(detach => detach())
    timers.clearTimeout(handles.retry)
    timers.clearTimeout(handles.debounce)
    timers.clearInterval(handles.period)
  }

  return {
    get status() {
      return status
    },
    syncNow,
    notifyLocalWrite,
    start,
    stop,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
