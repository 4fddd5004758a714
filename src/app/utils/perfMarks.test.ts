import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, KeepAlive, nextTick, ref } from 'vue'
import { markShownWhen } from './perfMarks'

const name = 'kf:test-shown'
const shownMarks = () => performance.getEntriesByName(name, 'mark').length
const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => resolve(undefined)))

/** A screen whose data arrives when `ready` turns true, shown or not by `shown`, kept alive or not. */
function mountScreen(ready: ReturnType<typeof ref<boolean>>, shown: ReturnType<typeof ref<boolean>>, keptAlive: boolean) {
  // A screen that marks, and another shown in its place.
  const screen = { name: 'MarkedScreen', setup: () => {
    markShownWhen(ready as never, name)
    return () => h('p', 'screen')
  } }
  const elsewhere = { name: 'OtherScreen', render: () => h('p', 'other') }
  const root = document.createElement('div')
  const app = createApp({ render: () => keptAlive ? h(KeepAlive, null, [h(shown.value ? screen : elsewhere)]) : h(shown.value ? screen : elsewhere) })
  app.mount(root)
  return app
}

describe('markShownWhen', () => {
  afterEach(() => performance.clearMarks(name))

  it('marks each visit of a kept screen once its data is there, in the frame after', async () => {
    const ready = ref(false)
    const shown = ref(true)
    const app = mountScreen(ready, shown, true)
    await nextFrame()
    expect(shownMarks()).toBe(0)
    ready.value = true
    await nextTick()
    await nextFrame()
    expect(shownMarks()).toBe(1)
    shown.value = false
    await nextTick()
    shown.value = true
    await nextTick()
    await nextFrame()
    expect(shownMarks()).toBe(2)
    app.unmount()
  })

  it('marks every mount of a screen that is not kept, and not while it is away', async () => {
    const ready = ref(true)
    const shown = ref(true)
    const app = mountScreen(ready, shown, false)
    await nextFrame()
    expect(shownMarks()).toBe(1)
    shown.value = false
    await nextTick()
    await nextFrame()
    expect(shownMarks()).toBe(1)
    shown.value = true
    await nextTick()
    await nextFrame()
    expect(shownMarks()).toBe(2)
    app.unmount()
  })
})
