import { liveQuery } from 'dexie'

/** Stops watching a read. */
export type Stop = () => void

/**
 * A read that is run now and again whenever a table it read from changes, in this tab or another
 * (a sync pull, an import). Nothing is read until it is subscribed; each subscription reads on its own.
 * Screens take it through useLive (composables/useLive.ts), which keeps its data, loading and error.
 */
export type LiveRead<T> = (next: (value: T) => void, fail: (error: unknown) => void) => Stop

export function live<T>(query: () => Promise<T>): LiveRead<T> {
  return (next, fail) => {
    // Through an async function, so a read that throws at once (a missing table) fails like any other.
    const subscription = liveQuery(async () => query()).subscribe({ next, error: fail })
    return () => subscription.unsubscribe()
  }
}
