// A QR reader for tests, written apart from the encoder: it finds the format from the symbol
// itself, reads the modules back in the standard's order, checks every block's Reed-Solomon
// syndromes (evaluation at the generator's roots rather than the encoder's division) and
// returns the byte-mode text. Function patterns are worked out here again, on purpose.
import { blockLayout, gfMultiply } from '../../../src/app/features/questionnaires/model/qrCodewords'

export interface ReadQr {
  text: string
  mask: number
  level: 'L' | 'M' | 'Q' | 'H'
}

const levels = ['M', 'L', 'H', 'Q'] as const

function polyRemainder(value: number, generator: number, degree: number): number {
  let rest = value
  for (let bit = 14; bit >= degree; bit--) {
    if (rest & (1 << bit))
      rest ^= generator << (bit - degree)
  }
  return rest
}

/** The format codeword nearest (in Hamming distance) to what was read, as a real reader does. */
function nearestFormat(read: number): { level: ReadQr['level'], mask: number, distance: number } {
  let best = { level: levels[0] as ReadQr['level'], mask: 0, distance: 99 }
  for (let data = 0; data < 32; data++) {
    const word = ((data << 10) | polyRemainder(data << 10, 0b10100110111, 10)) ^ 0b101010000010010
    let diff = word ^ read
    let distance = 0
    for (; diff; diff &= diff - 1) distance++
    if (distance < best.distance)
      best = { level: levels[data >> 3], mask: data & 7, distance }
  }
  return best
}

function functionModules(size: number): (row: number, col: number) => boolean {
  const version = (size - 17) / 4
  const centres = version === 1 ? [] : alignmentOf(version, size)
  return (row, col) => {
    const inFinder = (row < 9 && col < 9) || (row < 9 && col >= size - 8) || (row >= size - 8 && col < 9)
    const timing = row === 6 || col === 6
    const alignment = centres.some(([r, c]) => Math.abs(row - r) <= 2 && Math.abs(col - c) <= 2)
    const versionInfo = version >= 7 && ((row < 6 && col >= size - 11 && col < size - 8) || (col < 6 && row >= size - 11 && row < size - 8))
    return inFinder || timing || alignment || versionInfo
  }
}

/** Alignment centres spread evenly between 6 and size − 7, as the standard's table has them. */
function alignmentOf(version: number, size: number): Array<[number, number]> {
  const count = Math.floor(version / 7) + 2
  const last = size - 7
  const step = Math.ceil((last - 6) / (count - 1) / 2) * 2
  const axis = [6, ...Array.from({ length: count - 1 }, (_, i) => last - (count - 2 - i) * step)]
  const out: Array<[number, number]> = []
  for (const r of axis) {
    for (const c of axis) {
      const nearFinder = (r === 6 && c === 6) || (r === 6 && c === last) || (r === last && c === 6)
      if (!nearFinder)
        out.push([r, c])
    }
  }
  return out
}

const maskTests: Array<(r: number, c: number) => boolean> = [
  (r, c) => (r + c) % 2 === 0, r => r % 2 === 0, (_, c) => c % 3 === 0, (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0, (r, c) => (r * c) % 2 + (r * c) % 3 === 0,
  (r, c) => ((r * c) % 2 + (r * c) % 3) % 2 === 0, (r, c) => ((r + c) % 2 + (r * c) % 3) % 2 === 0,
]

/** α^i evaluated by repeated multiplication, without the encoder's tables. */
function alphaPower(i: number): number {
  let x = 1
  for (let k = 0; k < i; k++) x = gfMultiply(x, 2)
  return x
}

function syndromesAreZero(block: number[], degree: number): boolean {
  for (let i = 0; i < degree; i++) {
    const root = alphaPower(i)
    let value = 0
    for (const coefficient of block) value = gfMultiply(value, root) ^ coefficient
    if (value !== 0)
      return false
  }
  return true
}

export function readQr(modules: Uint8Array, size: number): ReadQr {
  const at = (r: number, c: number) => modules[r * size + c]
  // The copy of the format bits that runs down column 8 and along row 8, most significant bit first.
  const path: Array<[number, number]> = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]]
  const format = nearestFormat(path.reduce((bits, [r, c]) => (bits << 1) | at(r, c), 0))
  if (format.distance > 3)
    throw new Error('no readable format information')
  const isFunction = functionModules(size)
  const bits: number[] = []
  let goingUp = true
  for (let right = size - 1; right > 0; right -= 2, goingUp = !goingUp) {
    if (right === 6)
      right--
    for (let i = 0; i < size; i++) {
      const row = goingUp ? size - 1 - i : i
      for (const col of [right, right - 1]) {
        if (!isFunction(row, col))
          bits.push(at(row, col) ^ (maskTests[format.mask](row, col) ? 1 : 0))
      }
    }
  }
  const codewords = Array.from({ length: bits.length >> 3 }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((b, bit) => (b << 1) | bit, 0))
  const version = (size - 17) / 4
  const { ecPerBlock, blocks } = blockLayout(version)
  const data: number[][] = blocks.map(() => [])
  const ec: number[][] = blocks.map(() => [])
  let next = 0
  for (let i = 0; i < Math.max(...blocks); i++)
    blocks.forEach((length, b) => i < length && data[b].push(codewords[next++]))
  for (let i = 0; i < ecPerBlock; i++)
    blocks.forEach((_, b) => ec[b].push(codewords[next++]))
  blocks.forEach((_, b) => {
    if (!syndromesAreZero([...data[b], ...ec[b]], ecPerBlock))
      throw new Error(`block ${b} fails its Reed-Solomon check`)
  })
  const stream = data.flat().flatMap(byte => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1))
  const take = (n: number) => stream.splice(0, n).reduce((v, bit) => (v << 1) | bit, 0)
  if (take(4) !== 0b0100)
    throw new Error('not a byte-mode segment')
  const length = take(version < 10 ? 8 : 16)
  const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from({ length }, () => take(8)))
  return { text, mask: format.mask, level: format.level }
}
