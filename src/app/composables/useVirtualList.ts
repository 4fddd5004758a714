import { computed, onActivated, onBeforeUnmount, onDeactivated, onMounted, type Ref, ref } from 'vue'

/** Rows of their own heights: offsets are prefix sums, found again by binary search on scroll. */
export interface VaryingRows {
  /** Height in px of each row; rows are laid out at exactly these heights. */
  heights: Ref<number[]>
}

/**
 * Rows all of one height: offsets are index × height, so a list of 20,000 builds no array of
 * heights nor of offsets when its count changes (a filter change of the 意见 inbox).
 */
export interface UniformRows {
  count: Ref<number>
  /** Height in px of every row. */
  rowHeight: Ref<number>
}

export type VirtualListOptions = (VaryingRows | UniformRows) & {
  /** Rows rendered beyond the screen edge on each side, so fast flings show no gaps. */
  overscan?: number
}

/** Where rows are: how many, the offset of row i's top, the row at height y (count past the end), the height of all. */
interface RowLayout {
  count: () => number
  offsetOf: (index: number) => number
  indexAt: (y: number) => number
  total: () => number
}

function varyingLayout(heights: Ref<number[]>): RowLayout {
  const offsets = computed(() => {
    const list = heights.value
    const out = new Float64Array(list.length + 1)
    for (let i = 0; i < list.length; i++)
      out[i + 1] = out[i] + list[i]
    return out
  })
  return {
    count: () => heights.value.length,
    offsetOf: index => offsets.value[index] ?? 0,
    indexAt(y) {
      const sums = offsets.value
      let low = 0
      let high = heights.value.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (sums[mid + 1] <= y)
          low = mid + 1
        else
          high = mid
      }
      return low
    },
    total: () => offsets.value[heights.value.length] ?? 0,
  }
}

function uniformLayout(count: Ref<number>, rowHeight: Ref<number>): RowLayout {
  return {
    count: () => count.value,
    offsetOf: index => index >= 0 && index <= count.value ? index * rowHeight.value : 0,
    indexAt(y) {
      const height = rowHeight.value
      // Rows of no height all end at 0: every one is above any y, as with varying heights of 0.
      if (height <= 0)
        return count.value
      return Math.min(count.value, Math.max(0, Math.floor(y / height)))
    },
    total: () => count.value * rowHeight.value,
  }
}

/**
 * Renders only the rows near the screen for a list scrolled by the window, so 10,000 rows
 * cost what 20 do.
 */
export function useVirtualList(container: Ref<HTMLElement | null>, options: VirtualListOptions) {
  const overscan = options.overscan ?? 6
  const viewportTop = ref(0)
  // Until the first measurement, the screen's height (a phone's window is a little shorter). Not
  // window.innerHeight: in a phone's browser reading it lays out the whole page from script, here in
  // the middle of building the screen (Chromium, mobile: as long as the layout itself).
  const viewportHeight = ref(globalThis.screen?.height || 800)
  const layout = 'heights' in options ? varyingLayout(options.heights) : uniformLayout(options.count, options.rowHeight)
  const { indexAt } = layout

  const totalHeight = computed(() => layout.total())
  // Whether the list has been measured once (a task after its first frame, or a scroll): its first
  // frame holds only the rows one screen shows from its top, not the overscan, since on a cold start
  // that frame is the one the screen waits for and every row in it is script, style and text layout.
  const measured = ref(false)

  // The same rows keep the same object, so a scroll or a measurement within the rendered rows
  // renders nothing again.
  const range = computed((previous?: { start: number, end: number }) => {
    const count = layout.count()
    const first = indexAt(Math.max(0, viewportTop.value))
    const last = indexAt(viewportTop.value + viewportHeight.value)
    const extra = measured.value ? overscan : 0
    const start = Math.max(0, first - extra)
    const end = Math.min(count, last + 1 + extra)
    return previous?.start === start && previous.end === end ? previous : { start, end }
  })

  const offsetTop = computed(() => layout.offsetOf(range.value.start))

  let frame = 0
  // The first measurement of a fresh list, waiting for a task after its first frame (see listenAfterPaint).
  let firstFrame = 0
  let firstMeasure: ReturnType<typeof setTimeout> | undefined
  function measure() {
    frame = 0
    cancelFirstMeasure()
    measured.value = true
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
  // top through one viewport, which covers the list wherever it starts on the screen. A list shown again (keep-alive) is measured in its first frame, as the window may have
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
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + layout.offsetOf(index) })
  }

  return { range, offsetTop, totalHeight, offsetOf: layout.offsetOf, measure, scrollToIndex }
}
