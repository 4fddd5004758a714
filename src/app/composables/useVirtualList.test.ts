import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { useVirtualList, type VirtualListOptions } from './useVirtualList'

/** A list whose top sits `top` px above the viewport's top, its rows laid out by `options`. */
function mountWith(options: VirtualListOptions) {
  let top = 0
  const List = defineComponent(() => {
    const container = ref<HTMLElement | null>(null)
    const list = useVirtualList(container, options)
    return () => h('div', { ref: container }, [
      h('span', { id: 'range' }, `${list.range.value.start}-${list.range.value.end}`),
      h('span', { id: 'total' }, String(list.totalHeight.value)),
      h('span', { id: 'offset' }, String(list.offsetTop.value)),
    ])
  })
  const wrapper = mount(List, { attachTo: document.body })
  const element = wrapper.element as HTMLElement
  element.getBoundingClientRect = () => ({ top: -top } as DOMRect)
  return {
    wrapper,
    /** Moves the list without a scroll event, as a layout does. */
    placeAt(y: number) {
      top = y
    },
    async scrollTo(y: number) {
      top = y
      window.dispatchEvent(new Event('scroll'))
      await vi.waitFor(() => expect(wrapper.get('#range').text()).not.toBe(''))
      await new Promise(resolve => requestAnimationFrame(() => resolve(null)))
      await wrapper.vm.$nextTick()
    },
    text: (id: string) => wrapper.get(`#${id}`).text(),
  }
}

/** A list of `count` rows of 50 px, each height given. */
function mountList(count: number) {
  const heights = ref(Array.from({ length: count }, () => 50))
  return { ...mountWith({ heights, overscan: 2 }), heights }
}

/** A list of `count` rows all of 50 px, given as one height. */
function mountUniformList(count: number) {
  const rows = ref(count)
  const rowHeight = ref(50)
  return { ...mountWith({ count: rows, rowHeight, overscan: 2 }), rows, rowHeight }
}

describe('useVirtualList', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  // Rows of one height, given as one height, are placed exactly as the same rows given one by one.
  it.each([['each row\'s height', mountList], ['one height for all', mountUniformList]])('renders only the rows on screen plus a few on each side, out of 10,000 (%s)', async (_, mountRows) => {
    vi.stubGlobal('innerHeight', 500)
    const list = mountRows(10_000)
    await list.scrollTo(0)
    expect(list.text('total')).toBe('500000')
    expect(list.text('range')).toBe('0-13')
    await list.scrollTo(100_000)
    // Rows 2000–2010 are on screen; two more on each side.
    expect(list.text('range')).toBe('1998-2013')
    expect(list.text('offset')).toBe(String(1998 * 50))
    list.wrapper.unmount()
  })

  it('follows rows of different heights and changes of height', async () => {
    vi.stubGlobal('innerHeight', 100)
    const list = mountList(100)
    list.heights.value = list.heights.value.map((_, i) => (i < 10 ? 100 : 50))
    await list.scrollTo(1000)
    // The first ten rows take 1,000 px, so row 10 is at the top.
    expect(list.text('range')).toBe('8-15')
    list.wrapper.unmount()
  })

  it('measures a fresh list in a task after its first frame, showing its top rows until then', async () => {
    vi.stubGlobal('innerHeight', 500)
    vi.stubGlobal('screen', { height: 500 })
    const list = mountList(100)
    // The list starts 200 px down the screen, which only a layout tells.
    list.placeAt(-200)
    await new Promise(resolve => requestAnimationFrame(() => resolve(null)))
    await list.wrapper.vm.$nextTick()
    // In its first frame: one viewport from its top and no overscan, with no layout read from script.
    expect(list.text('range')).toBe('0-11')
    await vi.waitFor(() => expect(list.text('range')).toBe('0-9'), { timeout: 5000 })
    list.wrapper.unmount()
  })

  it('measures a scroll in its own frame while the first measurement waits', async () => {
    vi.stubGlobal('innerHeight', 500)
    const list = mountList(10_000)
    await list.scrollTo(100_000)
    expect(list.text('range')).toBe('1998-2013')
    list.wrapper.unmount()
  })

  it('reads no window size while the screen is built: on a phone that forces a layout', async () => {
    const innerHeight = vi.fn(() => 500)
    Object.defineProperty(window, 'innerHeight', { get: innerHeight, configurable: true })
    vi.stubGlobal('screen', { height: 500 })
    const list = mountList(100)
    expect(list.text('range')).toBe('0-11')
    expect(innerHeight).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(innerHeight).toHaveBeenCalled(), { timeout: 5000 })
    list.wrapper.unmount()
    delete (window as { innerHeight?: number }).innerHeight
  })

  describe('rows of one height', () => {
    it('follows a change of count (a filter) and of row height (large text)', async () => {
      vi.stubGlobal('innerHeight', 500)
      const list = mountUniformList(20_000)
      await list.scrollTo(100_000)
      expect(list.text('range')).toBe('1998-2013')
      // Fewer rows than reach the screen: the range ends at the last one.
      list.rows.value = 2005
      await list.wrapper.vm.$nextTick()
      expect(list.text('total')).toBe(String(2005 * 50))
      expect(list.text('range')).toBe('1998-2005')
      list.rows.value = 20_000
      list.rowHeight.value = 100
      await list.wrapper.vm.$nextTick()
      expect(list.text('total')).toBe('2000000')
      // Rows 1000–1005 are on screen at 100 px each.
      expect(list.text('range')).toBe('998-1008')
      expect(list.text('offset')).toBe(String(998 * 100))
      list.wrapper.unmount()
    })

    it('shows no rows past the end, and none of no height', async () => {
      vi.stubGlobal('innerHeight', 500)
      const list = mountUniformList(3)
      await list.scrollTo(1000)
      expect(list.text('range')).toBe('1-3')
      list.rowHeight.value = 0
      await list.wrapper.vm.$nextTick()
      expect(list.text('total')).toBe('0')
      expect(list.text('range')).toBe('1-3')
      list.wrapper.unmount()
    })
  })
})
