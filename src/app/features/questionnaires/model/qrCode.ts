// Our own QR code encoder (ISO/IEC 18004), enough for the public questionnaire link: byte mode,
// error correction level M (15% of the symbol may be smudged or glared), versions 1 to 10.
// The codewords come from qrCodewords.ts; this file lays them out with the function patterns,
// picks the mask with the lowest penalty and draws the result as one SVG path.
import { byteCapacity, dataCodewords, interleavedCodewords, maxVersion } from './qrCodewords'
import { maskPenalty, masks } from './qrMasks'

export interface QrCode {
  version: number
  /** Modules per side: 17 + 4 × version. */
  size: number
  mask: number
  /** Row by row, 1 for a dark module. */
  modules: Uint8Array
}

export class QrTooLongError extends Error {
  override name = 'QrTooLongError'
  constructor(readonly bytes: number) {
    super(`${bytes} bytes do not fit a QR code of version ${maxVersion} at level M (at most ${byteCapacity(maxVersion)})`)
  }
}

/** Centres of the alignment patterns along each axis, per version. */
export const alignmentCentres: readonly (readonly number[])[] = [
  [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
]

/** The remainder of value·x^degree divided by a binary polynomial of that degree (a BCH check). */
function bchCheck(value: number, generator: number, degree: number): number {
  let rest = value << degree
  for (let bit = 31 - Math.clz32(rest); bit >= degree; bit--) {
    if ((rest >>> bit) & 1)
      rest ^= generator << (bit - degree)
  }
  return rest
}

/** 15 format bits: level M (00) and the mask, BCH(15,5) protected and XOR-ed so they are never all light. */
export function formatBits(mask: number): number {
  return ((mask << 10) | bchCheck(mask, 0x537, 10)) ^ 0x5412
}

/** 18 version bits for versions 7 and up: the version and its BCH(18,6) check. */
export function versionBits(version: number): number {
  return (version << 12) | bchCheck(version, 0x1F25, 12)
}

class Grid {
  readonly modules: Uint8Array
  /** Modules of finder, timing, alignment, format and version patterns: data never goes there. */
  readonly reserved: Uint8Array
  constructor(readonly size: number) {
    this.modules = new Uint8Array(size * size)
    this.reserved = new Uint8Array(size * size)
  }

  fixed(row: number, col: number, dark: boolean | number): void {
    this.modules[row * this.size + col] = dark ? 1 : 0
    this.reserved[row * this.size + col] = 1
  }
}

function drawFunctionPatterns(grid: Grid, version: number): void {
  const { size } = grid
  // Finders with their light separators, in three corners.
  for (const [top, left] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3))
        if (top + r >= 0 && top + r < size && left + c >= 0 && left + c < size)
          grid.fixed(top + r, left + c, ring !== 2 && ring !== 4)
      }
    }
  }
  for (let i = 8; i < size - 8; i++) {
    grid.fixed(6, i, i % 2 === 0)
    grid.fixed(i, 6, i % 2 === 0)
  }
  const centres = alignmentCentres[version - 1]
  const last = centres.length - 1
  centres.forEach((row, i) => centres.forEach((col, j) => {
    if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0))
      return
    for (let r = -2; r <= 2; r++) {
      for (let c = -2; c <= 2; c++)
        grid.fixed(row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) !== 1)
    }
  }))
  drawFormat(grid, 0)
  if (version >= 7) {
    const bits = versionBits(version)
    for (let i = 0; i < 18; i++) {
      const bit = (bits >>> i) & 1
      grid.fixed(Math.floor(i / 3), size - 11 + (i % 3), bit)
      grid.fixed(size - 11 + (i % 3), Math.floor(i / 3), bit)
    }
  }
}

/** Both copies of the format bits (bit 0 the least significant), and the always-dark module. */
function drawFormat(grid: Grid, mask: number): void {
  const { size } = grid
  const bits = formatBits(mask)
  const bit = (i: number) => (bits >>> i) & 1
  for (let i = 0; i < 15; i++) {
    const nearTopLeft: [number, number] = i < 6 ? [i, 8] : i < 8 ? [i + 1, 8] : i === 8 ? [8, 7] : [8, 14 - i]
    const split: [number, number] = i < 8 ? [8, size - 1 - i] : [size - 15 + i, 8]
    grid.fixed(...nearTopLeft, bit(i))
    grid.fixed(...split, bit(i))
  }
  grid.fixed(size - 8, 8, 1)
}

/** Codeword bits, most significant first, up and down two-module columns from the bottom right. */
function placeCodewords(grid: Grid, codewords: Uint8Array): void {
  const { size } = grid
  let index = 0
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6)
      right = 5
    const upward = ((right + 1) & 2) === 0
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step
      for (const col of [right, right - 1]) {
        if (grid.reserved[row * size + col])
          continue
        const byte = codewords[index >>> 3] ?? 0
        grid.modules[row * size + col] = (byte >>> (7 - (index & 7))) & 1
        index++
      }
    }
  }
}

function applyMask(grid: Grid, mask: number): void {
  const test = masks[mask]
  for (let row = 0; row < grid.size; row++) {
    for (let col = 0; col < grid.size; col++) {
      if (!grid.reserved[row * grid.size + col] && test(row, col))
        grid.modules[row * grid.size + col] ^= 1
    }
  }
}

/** The smallest version that holds the text; the mask with the lowest penalty unless one is asked for. */
export function encodeQr(text: string, options: { mask?: number } = {}): QrCode {
  const bytes = new TextEncoder().encode(text)
  let version = 1
  while (version <= maxVersion && byteCapacity(version) < bytes.length)
    version++
  if (version > maxVersion)
    throw new QrTooLongError(bytes.length)
  const size = 17 + 4 * version
  const base = new Grid(size)
  drawFunctionPatterns(base, version)
  placeCodewords(base, interleavedCodewords(dataCodewords(bytes, version), version))
  const candidates = options.mask === undefined ? masks.map((_, m) => m) : [options.mask]
  let best: QrCode | null = null
  let bestPenalty = Infinity
  for (const mask of candidates) {
    const grid = new Grid(size)
    grid.modules.set(base.modules)
    grid.reserved.set(base.reserved)
    applyMask(grid, mask)
    drawFormat(grid, mask)
    const penalty = maskPenalty(grid.modules, size)
    if (penalty < bestPenalty) {
      best = { version, size, mask, modules: grid.modules }
      bestPenalty = penalty
    }
  }
  return best!
}

/** One SVG path of unit squares for the dark modules, inside a light quiet zone of `quiet` modules. */
export function qrSvgPath(qr: QrCode, quiet = 4): { path: string, side: number } {
  const parts: string[] = []
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.modules[row * qr.size + col])
        parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`)
    }
  }
  return { path: parts.join(''), side: qr.size + 2 * quiet }
}
