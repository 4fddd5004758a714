import { describe, expect, it } from 'vitest'
import { createPhotoQueue } from './photoQueue'

describe('the photo queue', () => {
  it('shrinks one photo at a time, counts the batch, and carries on after an unreadable one', async () => {
    const queue = createPhotoQueue()
    let running = 0
    let most = 0
    const shrink = (fail: boolean) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setTimeout(resolve, 5))
      running--
      if (fail)
        throw new Error('unreadable')
      return 'ok'
    }
    const results = [queue.add(shrink(false)), queue.add(shrink(true)), queue.add(shrink(false))]
    expect(queue.progress.value).toEqual({ done: 0, total: 3 })
    await results[0]
    expect(queue.progress.value).toEqual({ done: 1, total: 3 })
    expect(await Promise.allSettled(results)).toMatchObject([{ status: 'fulfilled' }, { status: 'rejected' }, { status: 'fulfilled' }])
    expect(most).toBe(1)
    expect(queue.progress.value).toBeNull()
  })
})
