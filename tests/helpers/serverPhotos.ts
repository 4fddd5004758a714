// Real image bytes and the photo routes, for server tests that need a photo behind a record.
import { createHash, randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import type { SignedIn, TestServer } from './server'

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++)
      crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real PNG of one pixel, different for each seed. */
export function png(seed: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const pixel = deflateSync(Buffer.from([0, seed & 255, (seed >> 8) & 255, 7]))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header), chunk('IDAT', pixel), chunk('IEND', Buffer.alloc(0))])
}

export function uploadPhoto(server: TestServer, who: SignedIn | null, hash: string, bytes: Buffer, type = 'application/octet-stream') {
  return server.app.inject({ method: 'PUT', url: `/api/photos/${hash}`, headers: { ...who?.auth, 'content-type': type }, payload: bytes })
}

export const fetchPhoto = (server: TestServer, who: SignedIn, hash: string, method: 'GET' | 'HEAD' = 'GET') =>
  server.app.inject({ method, url: `/api/photos/${hash}`, headers: who.auth })

/** The photo reference a record carries for `bytes` (a one-pixel PNG). */
export const photoRefOf = (bytes: Buffer) => ({ sha256: sha256(bytes), mime: 'image/png' as const, width: 1, height: 1, bytes: bytes.length })

/** JPEG bytes whose frame header declares width × height, followed by random data (never decoded). */
export function jpegClaiming(width: number, height: number, tail = 200): Buffer {
  const app0 = Buffer.from([0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])
  const sof = Buffer.from([0xFF, 0xC0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
  return Buffer.concat([Buffer.from([0xFF, 0xD8]), app0, sof, randomBytes(tail)])
}

/** Lossy WebP bytes whose VP8 frame declares width × height, followed by random data. */
export function webpClaiming(width: number, height: number, tail = 100): Buffer {
  const frame = Buffer.alloc(10)
  frame.set([0x9D, 0x01, 0x2A], 3)
  frame.writeUInt16LE(width, 6)
  frame.writeUInt16LE(height, 8)
  const body = Buffer.concat([frame, randomBytes(tail)])
  const size = Buffer.alloc(4)
  size.writeUInt32LE(body.length)
  return Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), size, body])
}

/** A PNG whose header claims width × height: the 121-byte decompression bomb of issue 12. */
export function pngClaiming(width: number, height: number): Buffer {
  const bytes = png(1)
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  return bytes
}
