import { type Ref, ref, watch } from 'vue'
import { draftPrefix } from './draftKeys'

function readDraft<T>(key: string): T | null {
  try {
    const saved = globalThis.localStorage?.getItem(draftPrefix + key)
    return saved ? JSON.parse(saved) as T : null
  }
  catch {
    return null
  }
}

/**
 * Keeps what is typed into a form on the device as it is typed, as ticks are: leaving the screen,
 * a crash or an evicted tab does not lose it. A stored draft is put back when the form opens;
 * it is removed as soon as the form holds nothing unsaved (saved, or emptied on purpose).
 * localStorage, not IndexedDB: it is written synchronously on every keystroke and read before the first paint.
 */
export function useDraft<T>(key: string, value: Ref<T>, isDirty: () => boolean) {
  const restored = ref(false)
  const saved = readDraft<T>(key)
  if (saved !== null && !isDirty()) {
    value.value = saved
    restored.value = isDirty()
  }

  function store() {
    try {
      if (isDirty())
        globalThis.localStorage?.setItem(draftPrefix + key, JSON.stringify(value.value))
      else
        globalThis.localStorage?.removeItem(draftPrefix + key)
    }
    catch {
      // A full localStorage only loses the draft's copy; the typing is still on screen.
    }
  }
  watch([value, isDirty], store, { deep: true })

  /** After saving: the draft is done with, whatever the form holds next. */
  function clear() {
    restored.value = false
    globalThis.localStorage?.removeItem(draftPrefix + key)
  }

  return { restored, clear }
}
