// The type of a photo, decided by its first bytes rather than by what the client claims.
import type { PhotoRef } from '../../shared/records/evidence'

type PhotoMime = PhotoRef['mime']

export function sniffPhotoType(bytes: Uint8Array): PhotoMime | null {
  const startsWith = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v)
  if (bytes.length >= 3 && startsWith(0, 0xFF, 0xD8, 0xFF))
    return 'image/jpeg'
  if (bytes.length >= 8 && startsWith(0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))
    return 'image/png'
  // RIFF....WEBP
  if (bytes.length >= 12 && startsWith(0, 0x52, 0x49, 0x46, 0x46) && startsWith(8, 0x57, 0x45, 0x42, 0x50))
    return 'image/webp'
  return null
}
