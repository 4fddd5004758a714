import { type Ref, watch } from 'vue'

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

export function measureSince(name: string, start: number): void {
  if (typeof performance !== 'undefined')
    performance.measure(name, { start, end: performance.now() })
}

/** Marks the first frame after `ready` turns true: a screen's content is on screen. */
export function markPaintedWhen(ready: Ref<boolean>, name: string): void {
  watch(ready, (isReady) => {
    if (isReady)
      markPainted(name)
  }, { immediate: true })
}
