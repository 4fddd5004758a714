import { describe, expect, it } from 'vitest'
import { createApp, h, KeepAlive, nextTick, ref } from 'vue'
import { useHiddenScreensPaused } from './useHiddenScreensPaused'

/** A kept-alive screen (with a row component inside) showing `count`, and another screen shown in its place. */
function mountScreens(count: ReturnType<typeof ref<number>>, shown: ReturnType<typeof ref<'list' | 'task'>>) {
  const renders = { list: 0, row: 0 }
  const row = { setup: () => () => {
    renders.row++
    return h('span', { class: 'row' }, `row ${count.value}`)
  } }
  const list = { name: 'ListScreen', setup: () => () => {
    renders.list++
    return h('section', [h('p', { class: 'list' }, `list ${count.value}`), h(row)])
  } }
  const task = { name: 'TaskScreen', setup: () => () => h('p', 'task') }
  const root = document.createElement('div')
  const app = createApp({ setup: () => {
    const followShownScreen = useHiddenScreensPaused()
    return () => h(KeepAlive, { include: ['ListScreen'] }, [h(shown.value === 'list' ? list : task, { ref: followShownScreen })])
  } })
  app.mount(root)
  return { root, renders, app }
}

describe('useHiddenScreensPaused', () => {
  it('does not re-render a hidden kept-alive screen or its components, and shows what changed meanwhile when it is back', async () => {
    const count = ref(0)
    const shown = ref<'list' | 'task'>('list')
    const { root, renders, app } = mountScreens(count, shown)
    expect(renders).toEqual({ list: 1, row: 1 })
    shown.value = 'task'
    await nextTick()
    count.value = 1
    await nextTick()
    count.value = 2
    await nextTick()
    expect(renders).toEqual({ list: 1, row: 1 })
    shown.value = 'list'
    await nextTick()
    // Each once, with the latest value.
    expect(renders).toEqual({ list: 2, row: 2 })
    expect(root.querySelector('.list')?.textContent).toBe('list 2')
    expect(root.querySelector('.row')?.textContent).toBe('row 2')
    count.value = 3
    await nextTick()
    expect(root.querySelector('.row')?.textContent).toBe('row 3')
    app.unmount()
  })
})
