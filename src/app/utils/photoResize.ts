import type { ProcessedPhoto } from '../db/evidenceRepository'
import { sha256Hex } from './sha256'

export const photoLongestSide = 1600
export const thumbLongestSide = 320

/** A camera photo the browser cannot decode (e.g. HEIC on a desktop browser). */
export class UnreadablePhotoError extends Error {
  constructor(readonly fileName: string, cause: unknown) {
    super(`cannot read the image ${fileName}`, { cause })
    this.name = 'UnreadablePhotoError'
  }
}

export function fittedSize(width: number, height: number, longest: number): { width: number, height: number } {
  const scale = Math.min(1, longest / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

async function encode(bitmap: ImageBitmap, longest: number, quality: number): Promise<{ blob: Blob, width: number, height: number }> {
  const { width, height } = fittedSize(bitmap.width, bitmap.height, longest)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')!
  // JPEG has no transparency: a screenshot's clear areas become white, not black.
  context.fillStyle = '#fff'
  context.fillRect(0, 0, width, height)
  context.drawImage(bitmap, 0, 0, width, height)
  const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/jpeg', quality))
  if (!blob)
    throw new Error('the browser could not encode the photo')
  return { blob, width, height }
}

/**
 * Shrinks a camera photo on the phone to at most 1600 px on its longest side (a 12 MP photo
 * of 4 MB becomes about 300 KB) plus a 320 px thumbnail, both JPEG, turned upright.
 */
export async function processPhoto(file: File): Promise<ProcessedPhoto> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  }
  catch (error) {
    throw new UnreadablePhotoError(file.name, error)
  }
  try {
    const full = await encode(bitmap, photoLongestSide, 0.82)
    const thumb = await encode(bitmap, thumbLongestSide, 0.7)
    const sha256 = await sha256Hex(full.blob)
    return {
      ref: { sha256, mime: 'image/jpeg', width: full.width, height: full.height, bytes: full.blob.size },
      blob: full.blob,
      thumb: thumb.blob,
    }
  }
  finally {
    bitmap.close()
  }
}
