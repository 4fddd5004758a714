import { computed, onActivated, onBeforeUnmount, onDeactivated, onMounted, type Ref, ref } from 'vue'

export interface VirtualListOptions {
  /** Height in px of each row; rows are laid out at exactly these heights. */
  heights: Ref<number[]>
  /** Rows rendered beyond the screen edge on each side, so fast flings show no gaps. */
  overscan?: number
}

/**
 * Renders only the rows near the screen for a list scrolled by the window, so 10,000 rows
 * cost what 20 do. Row offsets are prefix sums, found again by binary search on scroll.
 */
export function useVirtualList(container: Ref<HTMLElement | null>, options: VirtualListOptions) {
  const overscan = options.overscan ?? 6
  const viewportTop = ref(0)
  const viewportHeight = ref(globalThis.innerHeight ?? 800)

  const offsets = computed(() => {
    const heights = options.heights.value
    const out = new Float64Array(heights.length + 1)
    for (let i = 0; i < heights.length; i++)
      out[i + 1] = out[i] + heights[i]
    return out
  })

  const totalHeight = computed(() => offsets.value[options.heights.value.length] ?? 0)

  function indexAt(y: number): number {
    const sums = offsets.value
    let low = 0
    let high = options.heights.value.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (sums[mid + 1] <= y)
        low = mid + 1
      else
        high = mid
    }
    return low
  }

  const range = computed(() => {
    const count = options.heights.value.length
    const first = indexAt(Math.max(0, viewportTop.value))
    const last = indexAt(viewportTop.value + viewportHeight.value)
    return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) }
  })

  const offsetTop = computed(() => offsets.value[range.value.start] ?? 0)

  let frame = 0
  function measure() {
    frame = 0
    const el = container.value
    if (!el)
      return
    viewportTop.value = -el.getBoundingClientRect().top
    viewportHeight.value = window.innerHeight
  }
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(measure)
  }

  // Listening is idempotent, so mount and re-activation (keep-alive) can both start it.
  // The first measurement waits for the next frame rather than forcing a layout now; until
  // then the rows at the top of the list are shown, which is right for a fresh screen.
  function listen() {
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
  }
  function stop() {
    cancelAnimationFrame(frame)
    frame = 0
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
  onMounted(listen)
  onActivated(listen)
  onDeactivated(stop)
  onBeforeUnmount(stop)

  /** Scroll the window so that row `index` sits at the top of the list. */
  function scrollToIndex(index: number) {
    const el = container.value
    if (el)
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + (offsets.value[index] ?? 0) })
  }

  return { range, offsetTop, totalHeight, offsetOf: (i: number) => offsets.value[i] ?? 0, measure, scrollToIndex }
}
