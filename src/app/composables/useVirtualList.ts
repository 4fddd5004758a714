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
  // Until the first measurement, the screen's height (a phone's window is a little shorter). Not
  // window.innerHeight: in a phone's browser reading it lays out the whole page from script, here in
  // the middle of building the screen (Chromium, mobile: as long as the layout itself).
  const viewportHeight = ref(globalThis.screen?.height || 800)

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

  // The same rows keep the same object, so a scroll or a measurement within the rendered rows
  // renders nothing again.
  const range = computed((previous?: { start: number, end: number }) => {
    const count = options.heights.value.length
    const first = indexAt(Math.max(0, viewportTop.value))
    const last = indexAt(viewportTop.value + viewportHeight.value)
    const start = Math.max(0, first - overscan)
    const end = Math.min(count, last + 1 + overscan)
    return previous?.start === start && previous.end === end ? previous : { start, end }
  })

  const offsetTop = computed(() => offsets.value[range.value.start] ?? 0)

  let frame = 0
  // The first measurement of a fresh list, waiting for a task after its first frame (see listenAfterPaint).
  let firstFrame = 0
  let firstMeasure: ReturnType<typeof setTimeout> | undefined
  function measure() {
    frame = 0
    cancelFirstMeasure()
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

  // Adding the same listener twice is a no-op, so mount and re-activation (keep-alive) can both start them.
  function follow() {
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
  }
  function listen() {
    // On a kept-alive screen's first mount it is activated right after: that first measurement still waits.
    if (!firstFrame)
      schedule()
    follow()
  }
  // A fresh list is first measured in a task after its first frame: measured inside that frame,
  // it forced the whole screen's first layout from script, then a second render and layout before
  // the paint (计划's largest single cost on a cold start). Until then it shows the rows from its
  // top through one viewport plus the overscan, which covers the list wherever it starts on the
  // screen. A list shown again (keep-alive) is measured in its first frame, as the window may have
  // scrolled while it was hidden.
  // A scroll meanwhile is measured in its own frame as usual, and stops the waiting first measurement.
  function cancelFirstMeasure() {
    cancelAnimationFrame(firstFrame)
    clearTimeout(firstMeasure)
    firstFrame = 0
    firstMeasure = undefined
  }
  function listenAfterPaint() {
    firstFrame = requestAnimationFrame(() => {
      firstMeasure = setTimeout(measure)
    })
    follow()
  }
  function stop() {
    cancelAnimationFrame(frame)
    frame = 0
    cancelFirstMeasure()
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
  onMounted(listenAfterPaint)
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
