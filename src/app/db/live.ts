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

/**
 * Two reads followed apart as one: the first value once both have answered, then a new one each
 * time either changes. Apart, each is read again only when what it read from changes.
 */
export function joinedLive<A, B, T>(first: LiveRead<A>, second: LiveRead<B>, join: (a: A, b: B) => T): LiveRead<T> {
  return (next, fail) => {
    let a: { value: A } | undefined
    let b: { value: B } | undefined
    // A failure stays shown: the other read's next value must not read as a recovery.
    let failed = false
    const answer = () => !failed && a && b && next(join(a.value, b.value))
    const failOnce = (reason: unknown) => {
      if (!failed) {
        failed = true
        fail(reason)
      }
    }
    const stops = [first((value) => {
      a = { value }
      answer()
    }, failOnce), second((value) => {
      b = { value }
      answer()
    }, failOnce)]
    return () => stops.forEach(stop => stop())
  }
}
