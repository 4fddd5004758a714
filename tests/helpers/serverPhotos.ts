// Real image bytes and the photo routes, for server tests that need a photo behind a record.
import { createHash } from 'node:crypto'
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
