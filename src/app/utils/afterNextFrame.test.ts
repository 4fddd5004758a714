import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextFrame } from './afterNextFrame'

describe('afterNextFrame', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('runs in a task after the next frame, not in the frame itself', async () => {
    const order: string[] = []
    let frame: FrameRequestCallback | undefined
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback
      return 1
    })
    afterNextFrame(() => order.push('then'))
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(order, 'no frame yet: it waits').toEqual([])

    frame!(0)
    order.push('frame done')
    await vi.waitFor(() => expect(order).toEqual(['frame done', 'then']), { timeout: 5000 })
  })
})
