import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TaskUndoBar from './TaskUndoBar.vue'

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
