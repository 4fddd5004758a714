import { liveQuery } from 'dexie'

/**
 * Runs a read now and again whenever a table it read from changes, in this tab or another
 * (a sync pull, an import). Returns the function that stops watching.
 */
export function observe<T>(query: () => Promise<T>, next: (value: T) => void, fail: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next, error: fail })
  return () => subscription.unsubscribe()
}
