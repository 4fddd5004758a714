// The sync engine, its API client and the push/pull code are fetched after the first screen has
// painted: nothing on 首页 needs them to show the device's data, and on a slow phone every
// kilobyte parsed before the first paint is felt. Whoever needs them first (the status bar
// starting to sync, a sign-in) loads them; others may wait for that without causing it.
import type * as Runtime from './index'

type SyncRuntime = typeof Runtime

let runtime: Promise<SyncRuntime> | null = null
let loaded: SyncRuntime | null = null
const waiting: Array<(loaded: SyncRuntime) => void> = []

/** The sync runtime, fetched on first call. */
export function loadSyncRuntime(): Promise<SyncRuntime> {
  runtime ??= import('./index').then((module) => {
    loaded = module
    waiting.splice(0).forEach(callback => callback(module))
    return module
  }).catch((error: unknown) => {
    // A failed fetch (an update swapped the files) is tried again by the next caller.
    runtime = null
    throw error
  })
  return runtime
}

/** Runs once the sync runtime is loaded (at once if it is), without loading it. */
export function whenSyncRuntimeLoaded(callback: (loaded: SyncRuntime) => void): void {
  if (loaded)
    callback(loaded)
  else
    waiting.push(callback)
}
