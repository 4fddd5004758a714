import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import UndoBar from './UndoBar.vue'

describe('UndoBar', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('offers undo for the last tick', async () => {
    const wrapper = mount(UndoBar, { props: { message: '已标记为已完成：组织开展', changeId: 1, action: '撤销' } })
    expect(wrapper.text()).toContain('组织开展')
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('undo')).toHaveLength(1)
  })

  it('goes away by itself after a few seconds, counting again from each new tick', async () => {
    vi.useFakeTimers()
    const wrapper = mount(UndoBar, { props: { message: 'a', changeId: 1, action: '撤销' } })
    vi.advanceTimersByTime(6000)
    await wrapper.setProps({ message: 'b', changeId: 2 })
    vi.advanceTimersByTime(6000)
    expect(wrapper.emitted('dismiss')).toBeUndefined()
    vi.advanceTimersByTime(2000)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
  })

  it('counts from each new message when no change id is given, and waits while an undo runs', async () => {
    vi.useFakeTimers()
    const wrapper = mount(UndoBar, { props: { message: '已公开', action: '撤销', busy: true } })
    expect(wrapper.get('button').attributes('disabled')).toBeDefined()
    vi.advanceTimersByTime(8000)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
  })

  it('shows nothing without a tick', () => {
    expect(mount(UndoBar, { props: { message: null, changeId: null, action: '撤销' } }).find('[role=status]').exists()).toBe(false)
  })
})
