// The pixel size an image declares in its header, read without decoding it: a few hundred bytes
// can claim 60000×60000 pixels, which would exhaust the memory of any phone that opens them.
import type { PhotoRef } from '../../shared/records/evidence'

export interface Dimensions {
  width: number
  height: number
}

/** At most this many pixels a side (what photo references allow) and in all. */
export const photoPixelLimits = { side: 20_000, total: 50_000_000 }

function png(bytes: Buffer): Dimensions | null {
  // Signature (8), IHDR length (4) and type (4), then width and height.
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR')
    return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function jpeg(bytes: Buffer): Dimensions | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xFF)
      return null
    const marker = bytes[offset + 1]
    // Fill bytes and markers without a length.
    if (marker === 0xFF) {
      offset++
      continue
    }
    if (marker === 0xD8 || marker === 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      offset += 2
      continue
    }
    // Start of frame (baseline, progressive, …): not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xC0 && marker <= 0xCF && marker !== 0xC4 && marker !== 0xC8 && marker !== 0xCC)
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
    if (marker === 0xDA || marker === 0xD9)
      return null
    offset += 2 + bytes.readUInt16BE(offset + 2)
  }
  return null
}

function webp(bytes: Buffer): Dimensions | null {
  if (bytes.length < 30)
    return null
  const chunk = bytes.toString('latin1', 12, 16)
  if (chunk === 'VP8 ' && bytes[23] === 0x9D && bytes[24] === 0x01 && bytes[25] === 0x2A)
    return { width: bytes.readUInt16LE(26) & 0x3FFF, height: bytes.readUInt16LE(28) & 0x3FFF }
  if (chunk === 'VP8L' && bytes[20] === 0x2F) {
    const bits = bytes.readUInt32LE(21)
    return { width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1 }
  }
  if (chunk === 'VP8X')
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 }
  return null
}

export function photoDimensions(bytes: Buffer, mime: PhotoRef['mime']): Dimensions | null {
  const found = mime === 'image/png' ? png(bytes) : mime === 'image/jpeg' ? jpeg(bytes) : webp(bytes)
  return found && found.width > 0 && found.height > 0 ? found : null
}
