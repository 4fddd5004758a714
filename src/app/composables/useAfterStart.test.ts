import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useAfterStart } from './useAfterStart'

function componentRunning(run: () => void) {
  return defineComponent({ setup: () => {
    useAfterStart(1000, run)
    return () => h('p')
  } })
}

describe('useAfterStart', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the work in idle time after the delay, once', async () => {
    vi.useFakeTimers()
    const run = vi.fn()
    const wrapper = mount(componentRunning(run))
    await vi.advanceTimersByTimeAsync(900)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1000)
    expect(run).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('does not run it once unmounted, before the delay or while waiting for idle time', async () => {
    vi.useFakeTimers()
    const early = vi.fn()
    mount(componentRunning(early)).unmount()
    const waiting = vi.fn()
    const wrapper = mount(componentRunning(waiting))
    await vi.advanceTimersByTimeAsync(1000)
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(2000)
    expect(early).not.toHaveBeenCalled()
    expect(waiting).not.toHaveBeenCalled()
  })
})
