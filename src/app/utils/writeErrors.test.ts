import { describe, expect, it } from 'vitest'
import { describeWriteError, isQuotaExceeded } from './writeErrors'

describe('write errors', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')

  it('recognises a full disk directly and wrapped by Dexie', () => {
    expect(isQuotaExceeded(quota)).toBe(true)
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaExceeded(new Error('x'))).toBe(false)
  })

  it('says the phone is full and nothing was saved', () => {
    expect(describeWriteError(quota)).toContain('存储空间已满')
    expect(describeWriteError(new Error('boom'))).toContain('boom')
  })
})
