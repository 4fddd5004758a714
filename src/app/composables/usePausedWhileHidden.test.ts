import { describe, expect, it } from 'vitest'
import { createApp, h, KeepAlive, nextTick, ref } from 'vue'
import { usePausedWhileHidden } from './usePausedWhileHidden'

/** A kept-alive list screen showing `count` (with a row component inside), and a task screen shown in its place. */
function mountScreens() {
  const count = ref(0)
  const shown = ref<'list' | 'task'>('list')
  const renders = { list: 0, row: 0 }
  const row = { setup: () => () => {
    renders.row++
    return h('span', { class: 'row' }, `row ${count.value}`)
  } }
  const list = { name: 'ListScreen', setup: () => {
    usePausedWhileHidden()
    return () => {
      renders.list++
      return h('section', [h('p', { class: 'list' }, `list ${count.value}`), h(row)])
    }
  } }
  const task = { name: 'TaskScreen', setup: () => () => h('p', 'task') }
  const root = document.createElement('div')
  const app = createApp({ setup: () => () => h(KeepAlive, { include: ['ListScreen'] }, [h(shown.value === 'list' ? list : task)]) })
  app.mount(root)
  return { root, renders, app, count, shown }
}

describe('usePausedWhileHidden', () => {
  it('does not re-render a hidden kept-alive screen or its components, and shows what changed meanwhile when it is back', async () => {
    const { root, renders, app, count, shown } = mountScreens()
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
    // Each once, with the latest value, in the same update that shows the screen.
    expect(renders).toEqual({ list: 2, row: 2 })
    expect(root.querySelector('.list')?.textContent).toBe('list 2')
    expect(root.querySelector('.row')?.textContent).toBe('row 2')
    count.value = 3
    await nextTick()
    expect(root.querySelector('.row')?.textContent).toBe('row 3')
    app.unmount()
  })
})
