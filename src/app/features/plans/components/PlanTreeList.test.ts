import type { TaskRow } from '../../../db/schema'
import type { TreeRow } from '../composables/usePlanTree'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import PlanTreeList from './PlanTreeList.vue'

const taskRows = (count: number): TreeRow[] => Array.from({ length: count }, (_, i) => {
  const task = { id: `t${i + 1}`, planId: 'p', title: `任务${i + 1}`, text: '', chapter: 1, item: i + 1, due: null, units: [], checklist: [] } as unknown as TaskRow
  return { kind: 'task', key: task.id, task }
})

function mountList(rows: TreeRow[]) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: { render: () => null } }] })
  return mount(PlanTreeList, { props: { rows, progressOf: () => undefined, scale: 1 }, global: { plugins: [router] } })
}

const afterFirstFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))

describe('PlanTreeList', () => {
  afterEach(() => vi.restoreAllMocks())

  it('renders the rows of one screen in its first frame, and the overscan below them after that frame', async () => {
    vi.spyOn(window.screen, 'height', 'get').mockReturnValue(844)
    const wrapper = mountList(taskRows(40))
    const titles = () => wrapper.findAll('.task-row__title').map(title => title.text())
    // Task rows are 88 px: ten of them reach below an 844-pixel screen from the list's top.
    expect(titles()).toEqual(Array.from({ length: 10 }, (_, i) => `任务${i + 1}`))
    await afterFirstFrame()
    await vi.waitFor(() => expect(titles().length).toBeGreaterThan(10), { timeout: 5000 })
    expect(titles().slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => `任务${i + 1}`))
    // The list keeps the height of every row from the start: nothing below it moves when the overscan comes.
    expect(wrapper.get('.tree-list').attributes('style')).toContain(`height: ${40 * 88}px`)
    wrapper.unmount()
  })
})
