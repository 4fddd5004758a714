import { onActivated, onDeactivated, onMounted, type Ref, watch } from 'vue'

// User Timing marks let the benchmarks read real moments of the real app (first list on
// screen, a tick made durable) without any test hook. Each mark is set once per page load.
const marked = new Set<string>()

/** Marks the next frame after the current render, i.e. when the content is on screen. */
export function markPainted(name: string): void {
  if (marked.has(name) || typeof performance === 'undefined')
    return
  marked.add(name)
  requestAnimationFrame(() => performance.mark(name))
}

/** From `start` to `end` (now unless given: a moment already past, e.g. a commit's). */
export function measureSince(name: string, start: number, end?: number): void {
  if (typeof performance !== 'undefined')
    performance.measure(name, { start, end: end ?? performance.now() })
}

/** Marks the first frame after `ready` turns true: a screen's content is on screen. */
export function markPaintedWhen(ready: Ref<boolean>, name: string): void {
  watch(ready, (isReady) => {
    if (isReady)
      markPainted(name)
  }, { immediate: true })
}

/**
 * Marks `name` on every visit of a screen, in the frame after its content is on screen: each
 * mount, and each return to a screen kept alive, once `ready` holds. Tab switches are timed by
 * these (the benchmark counts the entries), unlike markPaintedWhen's one mark per page load.
 */
export function markShownWhen(ready: Ref<boolean>, name: string): void {
  if (typeof performance === 'undefined')
    return
  let onScreen = false
  let shownThisVisit = false
  const markIfShown = () => {
    if (!onScreen || shownThisVisit || !ready.value)
      return
    shownThisVisit = true
    requestAnimationFrame(() => performance.mark(name))
  }
  const arrive = () => {
    onScreen = true
    markIfShown()
  }
  // A screen kept alive is activated right after its first mount as well: the flag keeps that one mark.
  onMounted(arrive)
  onActivated(arrive)
  onDeactivated(() => {
    onScreen = false
    shownThisVisit = false
  })
  watch(ready, markIfShown)
}
