import { describe, expect, it } from 'vitest'
import { alignmentCentres, encodeQr, formatBits, QrTooLongError, qrSvgPath, versionBits } from './qrCode'
import { byteCapacity, dataCodewords, interleavedCodewords, reedSolomon } from './qrCodewords'
import { readQr } from '../../../../../tests/helpers/app/qrReader'

const link = 'https://kaifangri.example.gov.cn/q/8mJ2c0pXq7ZrT4vLw9nB1sYd3fGh6kAe5uQy0oIiUxE'

describe('QR codewords (known vectors from ISO/IEC 18004)', () => {
  it('computes the Reed-Solomon codewords of the standard\'s 1-M example', () => {
    const data = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
    expect([...reedSolomon(data, 10)]).toEqual([165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
  })

  it('writes byte mode: 0100, an 8-bit count, the bytes, a terminator and the 0xEC 0x11 pads', () => {
    // "AB": 0100 00000010 01000001 01000010 0000 → 0x40 0x24 0x14 0x20, then pads.
    expect([...dataCodewords(new TextEncoder().encode('AB'), 1)]).toEqual([0x40, 0x24, 0x14, 0x20, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
    // From version 10 the count takes 16 bits.
    expect([...dataCodewords(new TextEncoder().encode('A'), 10).slice(0, 4)]).toEqual([0x40, 0x00, 0x14, 0x10])
  })

  it('holds the standard\'s byte capacities at level M', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(byteCapacity)).toEqual([14, 26, 42, 62, 84, 106, 122, 152, 180, 213])
  })

  it('interleaves blocks column by column, data first, then error correction', () => {
    // Version 5-M: two blocks of 43 data codewords, 24 error correction codewords each.
    const data = Uint8Array.from({ length: 86 }, (_, i) => i)
    const out = interleavedCodewords(data, 5)
    expect(out).toHaveLength(134)
    expect([...out.slice(0, 6)]).toEqual([0, 43, 1, 44, 2, 45])
    const firstEc = reedSolomon(data.subarray(0, 43), 24)
    const secondEc = reedSolomon(data.subarray(43), 24)
    expect([...out.slice(86, 90)]).toEqual([firstEc[0], secondEc[0], firstEc[1], secondEc[1]])
  })
})

describe('QR function patterns (known vectors)', () => {
  it('has the format bits of level M for every mask', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(m => formatBits(m).toString(2).padStart(15, '0'))).toEqual([
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ])
  })

  it('has the version bits of versions 7 to 10', () => {
    expect([7, 8, 9, 10].map(versionBits)).toEqual([0x07C94, 0x085BC, 0x09A99, 0x0A4D3])
  })

  it('places alignment patterns where the standard\'s table does', () => {
    expect(alignmentCentres[6]).toEqual([6, 22, 38])
    expect(alignmentCentres[9]).toEqual([6, 28, 50])
  })

  it('draws finders, timing and the dark module', () => {
    const qr = encodeQr('finder')
    const at = (r: number, c: number) => qr.modules[r * qr.size + c]
    const finderRow = (r: number, c0: number) => Array.from({ length: 7 }, (_, i) => at(r, c0 + i))
    expect(finderRow(0, 0)).toEqual([1, 1, 1, 1, 1, 1, 1])
    expect(finderRow(2, 0)).toEqual([1, 0, 1, 1, 1, 0, 1])
    expect(finderRow(2, qr.size - 7)).toEqual([1, 0, 1, 1, 1, 0, 1])
    expect(Array.from({ length: qr.size - 16 }, (_, i) => at(6, 8 + i))).toEqual(Array.from({ length: qr.size - 16 }, (_, i) => (i + 1) % 2))
    expect(at(qr.size - 8, 8)).toBe(1)
  })
})

describe('encodeQr, read back', () => {
  it('reads back a questionnaire link, Chinese text and every mask', () => {
    for (const text of [link, '政府开放活动满意度调查 https://example.cn/q/abc', 'a']) {
      const qr = encodeQr(text)
      expect(readQr(qr.modules, qr.size)).toEqual({ text, mask: qr.mask, level: 'M' })
    }
    for (let mask = 0; mask < 8; mask++) {
      const qr = encodeQr(link, { mask })
      expect(readQr(qr.modules, qr.size)).toEqual({ text: link, mask, level: 'M' })
    }
  })

  it('picks the smallest version that holds the text, up to version 10', () => {
    expect(encodeQr('x'.repeat(14)).version).toBe(1)
    expect(encodeQr('x'.repeat(15)).version).toBe(2)
    expect(encodeQr(link).version).toBe(5)
    for (const length of [122, 123, 152, 153, 180, 181, 213]) {
      const text = 'q'.repeat(length - 1) + 'z'
      const qr = encodeQr(text)
      expect(qr.size).toBe(17 + 4 * qr.version)
      expect(readQr(qr.modules, qr.size).text).toBe(text)
    }
    expect(encodeQr('x'.repeat(213)).version).toBe(10)
  })

  it('refuses text longer than version 10 holds, saying how long it is', () => {
    expect(() => encodeQr('x'.repeat(214))).toThrow(QrTooLongError)
    expect(() => encodeQr('x'.repeat(214))).toThrow('214 bytes')
  })

  it('a damaged symbol no longer passes the reader\'s checks (the reader can fail)', () => {
    const qr = encodeQr(link, { mask: 2 })
    const damaged = qr.modules.slice()
    // A data module near the bottom right, far from every function pattern.
    damaged[(qr.size - 1) * qr.size + qr.size - 1] ^= 1
    expect(() => readQr(damaged, qr.size)).toThrow('Reed-Solomon')
  })

  it('draws the dark modules as one SVG path inside a quiet zone of four modules', () => {
    const qr = encodeQr('svg')
    const { path, side } = qrSvgPath(qr)
    expect(side).toBe(qr.size + 8)
    expect(path.match(/M/g)).toHaveLength(qr.modules.reduce((n, m) => n + m, 0))
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true)
  })
})
