import { type Ref, ref, watch } from 'vue'

// Device preferences live in localStorage rather than IndexedDB so they are there
// synchronously at boot: large text must apply before the first paint, not after.
export function useStoredRef<T>(key: string, fallback: T): Ref<T> {
  const value = ref(read(key, fallback)) as Ref<T>
  watch(value, (next) => {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(next))
    }
    catch {
      // A full or blocked localStorage only loses a preference, never recorded work.
    }
  }, { deep: true })
  return value
}

function read<T>(key: string, fallback: T): T {
  try {
    const saved = globalThis.localStorage?.getItem(key)
    return saved === null || saved === undefined ? fallback : JSON.parse(saved) as T
  }
  catch {
    return fallback
  }
}
