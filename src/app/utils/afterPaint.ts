import { type Ref, shallowRef, watch, type WatchSource } from 'vue'
import { afterNextFrame } from './afterNextFrame'

/**
 * Turns true in a task after the first frame in which `shown` holds, and stays true: parts of a
 * screen that are not its point (cards beside the main content) render then, so the first paint
 * on a slow phone waits neither for their code nor for their reads.
 */
export function afterPaint(shown: WatchSource<boolean>): Readonly<Ref<boolean>> {
  const later = shallowRef(false)
  // Left to end with the screen's scope: once true, a later turn only sets true again.
  watch(shown, isShown => isShown && afterNextFrame(() => (later.value = true)), { immediate: true })
  return later
}
