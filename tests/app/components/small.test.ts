import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SegmentedChoice from '../../../src/app/components/layout/SegmentedChoice.vue'
import TaskCounter from '../../../src/app/components/task/TaskCounter.vue'
import TaskUndoBar from '../../../src/app/components/task/TaskUndoBar.vue'

describe('TaskCounter', () => {
  it('counts up and down with buttons named after the target', async () => {
    const wrapper = mount(TaskCounter, { props: { value: 2, label: '不得少于3次' } })
    const [down, up] = wrapper.findAll('button')
    expect(up.attributes('aria-label')).toBe('不得少于3次：加一')
    await up.trigger('click')
    await down.trigger('click')
    expect(wrapper.emitted('change')).toEqual([[3], [1]])
  })

  it('does not go below zero', () => {
    const wrapper = mount(TaskCounter, { props: { value: 0, label: '次数' } })
    expect(wrapper.findAll('button')[0].attributes('disabled')).toBeDefined()
  })
})

describe('TaskUndoBar', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('offers undo for the last tick', async () => {
    const wrapper = mount(TaskUndoBar, { props: { message: '已标记为已完成：组织开展', tickId: 1 } })
    expect(wrapper.text()).toContain('组织开展')
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('undo')).toHaveLength(1)
  })

  it('goes away by itself after a few seconds, counting again from each new tick', async () => {
    vi.useFakeTimers()
    const wrapper = mount(TaskUndoBar, { props: { message: 'a', tickId: 1 } })
    vi.advanceTimersByTime(6000)
    await wrapper.setProps({ message: 'b', tickId: 2 })
    vi.advanceTimersByTime(6000)
    expect(wrapper.emitted('dismiss')).toBeUndefined()
    vi.advanceTimersByTime(2000)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
  })

  it('shows nothing without a tick', () => {
    expect(mount(TaskUndoBar, { props: { message: null, tickId: null } }).find('[role=status]').exists()).toBe(false)
  })
})

describe('SegmentedChoice', () => {
  it('is a group of native radios that reports the choice', async () => {
    const wrapper = mount(SegmentedChoice, {
      props: { modelValue: 'todo', legend: '完成状态', options: [{ value: 'todo', label: '未开始' }, { value: 'done', label: '已完成' }] },
    })
    expect(wrapper.get('legend').text()).toBe('完成状态')
    const radios = wrapper.findAll('input[type=radio]')
    expect((radios[0].element as HTMLInputElement).checked).toBe(true)
    await radios[1].trigger('change')
    expect(wrapper.emitted('update:modelValue')).toEqual([['done']])
  })
})
