import type { LiveRead } from './live'
import { describe, expect, it, vi } from 'vitest'
import { joinedLive } from './live'

/** A read whose answers the test gives by hand. */
function handRead<T>() {
  const read: { next?: (value: T) => void, fail?: (error: unknown) => void, stopped: boolean } = { stopped: false }
  const live: LiveRead<T> = (next, fail) => {
    Object.assign(read, { next, fail })
    return () => (read.stopped = true)
  }
  return { read, live }
}

describe('joinedLive', () => {
  it('answers once both reads have, then on each change of either, and stops both', () => {
    const first = handRead<number>()
    const second = handRead<string>()
    const next = vi.fn()
    const stop = joinedLive(first.live, second.live, (a, b) => `${a}${b}`)(next, vi.fn())
    first.read.next!(1)
    expect(next).not.toHaveBeenCalled()
    second.read.next!('a')
    first.read.next!(2)
    second.read.next!('b')
    expect(next.mock.calls).toEqual([['1a'], ['2a'], ['2b']])
    stop()
    expect(first.read.stopped && second.read.stopped).toBe(true)
  })

  it('keeps a failure of either read shown: the other\'s next value does not answer over it', () => {
    const first = handRead<number>()
    const second = handRead<string>()
    const next = vi.fn()
    const fail = vi.fn()
    joinedLive(first.live, second.live, (a, b) => `${a}${b}`)(next, fail)
    first.read.next!(1)
    second.read.fail!(new Error('read failed'))
    first.read.next!(2)
    second.read.fail!(new Error('again'))
    expect(next).not.toHaveBeenCalled()
    expect(fail).toHaveBeenCalledTimes(1)
  })
})
