// The data side of a QR code (ISO/IEC 18004): the text as byte-mode codewords at error
// correction level M, Reed-Solomon error correction per block, and the blocks interleaved.
// Versions 1 to 10 hold up to 213 bytes at level M: plenty for a questionnaire link.

export const maxVersion = 10

/** Level M for versions 1–10: error correction codewords per block, and the data codewords of each block. */
const levelM: ReadonlyArray<{ ecPerBlock: number, blocks: readonly number[] }> = [
  { ecPerBlock: 10, blocks: [16] },
  { ecPerBlock: 16, blocks: [28] },
  { ecPerBlock: 26, blocks: [44] },
  { ecPerBlock: 18, blocks: [32, 32] },
  { ecPerBlock: 24, blocks: [43, 43] },
  { ecPerBlock: 16, blocks: [27, 27, 27, 27] },
  { ecPerBlock: 18, blocks: [31, 31, 31, 31] },
  { ecPerBlock: 22, blocks: [38, 38, 39, 39] },
  { ecPerBlock: 22, blocks: [36, 36, 36, 37, 37] },
  { ecPerBlock: 26, blocks: [43, 43, 43, 43, 44] },
]

export function blockLayout(version: number) {
  return levelM[version - 1]
}

export function dataCapacity(version: number): number {
  return blockLayout(version).blocks.reduce((sum, n) => sum + n, 0)
}

/** The largest number of bytes each version holds in byte mode. */
export function byteCapacity(version: number): number {
  const headerBits = 4 + (version < 10 ? 8 : 16)
  return Math.floor((dataCapacity(version) * 8 - headerBits) / 8)
}

// Arithmetic in GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1, by log tables.
const exp = new Uint8Array(512)
const log = new Uint8Array(256)
for (let i = 0, x = 1; i < 255; i++) {
  exp[i] = x
  log[x] = i
  x <<= 1
  if (x & 0x100)
    x ^= 0x11D
}
for (let i = 255; i < 512; i++)
  exp[i] = exp[i - 255]

export function gfMultiply(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : exp[log[a] + log[b]]
}

/** Coefficients of (x - α^0)(x - α^1)…(x - α^(degree-1)), highest power first, leading 1 left out. */
function generator(degree: number): Uint8Array {
  let poly = [1]
  for (let i = 0; i < degree; i++) {
    const next = Array.from({ length: poly.length + 1 }, () => 0)
    poly.forEach((c, j) => {
      next[j] ^= c
      next[j + 1] ^= gfMultiply(c, exp[i])
    })
    poly = next
  }
  return Uint8Array.from(poly.slice(1))
}

/** The error correction codewords of one block: the remainder of data·x^degree divided by the generator. */
export function reedSolomon(data: ArrayLike<number>, degree: number): Uint8Array {
  const divisor = generator(degree)
  const remainder = new Uint8Array(degree)
  for (let i = 0; i < data.length; i++) {
    const factor = data[i] ^ remainder[0]
    remainder.copyWithin(0, 1)
    remainder[degree - 1] = 0
    for (let j = 0; j < degree; j++)
      remainder[j] ^= gfMultiply(divisor[j], factor)
  }
  return remainder
}

/** Mode indicator, character count, the bytes, terminator and padding: the data codewords of one version. */
export function dataCodewords(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCapacity(version)
  const bits: number[] = []
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--)
      bits.push((value >>> i) & 1)
  }
  put(0b0100, 4)
  put(bytes.length, version < 10 ? 8 : 16)
  bytes.forEach(byte => put(byte, 8))
  put(0, Math.min(4, capacity * 8 - bits.length))
  put(0, (8 - (bits.length % 8)) % 8)
  const out = new Uint8Array(capacity)
  for (let i = 0; i < bits.length; i += 8)
    out[i / 8] = bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0)
  for (let i = bits.length / 8, pad = 0; i < capacity; i++, pad ^= 1)
    out[i] = pad ? 0x11 : 0xEC
  return out
}

/** Data split into blocks, each followed by its error correction, then read across the blocks column by column. */
export function interleavedCodewords(data: Uint8Array, version: number): Uint8Array {
  const { ecPerBlock, blocks } = blockLayout(version)
  const dataBlocks: Uint8Array[] = []
  let offset = 0
  for (const length of blocks) {
    dataBlocks.push(data.subarray(offset, offset + length))
    offset += length
  }
  const ecBlocks = dataBlocks.map(block => reedSolomon(block, ecPerBlock))
  const out: number[] = []
  for (let i = 0; i < Math.max(...blocks); i++)
    dataBlocks.forEach(block => i < block.length && out.push(block[i]))
  for (let i = 0; i < ecPerBlock; i++)
    ecBlocks.forEach(block => out.push(block[i]))
  return Uint8Array.from(out)
}
