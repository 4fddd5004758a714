import type { LiveRead, Stop } from '../db/live'
import { computed, getCurrentScope, onScopeDispose, type Ref, ref, type ShallowRef, shallowRef, watch } from 'vue'

/** What a screen needs of a read to show its failure (ui/LiveError) and offer a retry. */
export interface ReadOutcome {
  error: Readonly<Ref<unknown>>
  retry: () => void
}

export interface Live<T> {
  /** The latest value read; `initial` until the first read of the current inputs, and while there is nothing to read. */
  data: ShallowRef<T>
  /** True until the current read answers (with a value or an error). */
  loading: Ref<boolean>
  /** Why the last read failed, until a read succeeds again: a screen shows it (ui/LiveError), never an empty list. */
  error: ShallowRef<unknown>
  /** Reads again after a failure (a failed live read stops watching). */
  retry: () => void
}

/**
 * The one way screens read live data. `source` returns the read to follow, or null when there is
 * nothing to read (no unit chosen yet); it is followed again whenever a reactive value it uses
 * changes, and let go when the calling scope (component, store) ends. New inputs start again from
 * `initial`: what was read for another unit or item must never show as this one's.
 */
export function useLive<T>(source: () => LiveRead<T> | null, initial: T): Live<T> {
  const data = shallowRef(initial) as ShallowRef<T>
  const loading = ref(true)
  const error = shallowRef<unknown>(null)
  let current: LiveRead<T> | null = null
  let stop: Stop | null = null

  function follow(read: LiveRead<T> | null): void {
    stop?.()
    stop = null
    current = read
    error.value = null
    data.value = initial
    loading.value = read !== null
    if (!read)
      return
    stop = read((value) => {
      data.value = value
      error.value = null
      loading.value = false
    }, (reason) => {
      // Kept for the screen and logged for whoever debugs the phone: a failed read is not "no data".
      console.error('Reading from the device failed', reason)
      error.value = reason
      loading.value = false
    })
  }

  watch(source, follow, { immediate: true })
  if (getCurrentScope())
    onScopeDispose(() => stop?.())

  return { data, loading, error, retry: () => follow(current) }
}

/** The reads behind one screen as one: the first failure to show, and a retry of every read that failed. */
export function combinedRead(reads: readonly ReadOutcome[]): ReadOutcome {
  return {
    error: computed(() => reads.map(read => read.error.value).find(reason => reason !== null) ?? null),
    retry: () => reads.forEach(read => read.error.value !== null && read.retry()),
  }
}
