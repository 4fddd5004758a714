import { describe, expect, it } from 'vitest'
import { readableAddress } from './readableAddress'

describe('readableAddress', () => {
  it('shows a unit\'s name in an address as itself', () => {
    expect(readableAddress('https://kfr.example/public/faq/%E5%8C%BA%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80')).toBe('https://kfr.example/public/faq/区生态环境局')
  })

  it('keeps an address that does not decode, and the escapes that decoding must keep', () => {
    expect(readableAddress('https://kfr.example/public/faq/%E5%8C')).toBe('https://kfr.example/public/faq/%E5%8C')
    expect(readableAddress('https://kfr.example/q?a=%26')).toBe('https://kfr.example/q?a=%26')
  })
})
