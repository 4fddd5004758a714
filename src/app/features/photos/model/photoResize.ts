import type { ProcessedPhoto } from '../../../db/evidenceRepository'
import { sha256Hex } from './sha256'
import { UnreadablePhotoError } from './unreadablePhoto'

export const photoLongestSide = 1600
export const thumbLongestSide = 320

export interface Size {
  width: number
  height: number
}

export function fittedSize(width: number, height: number, longest: number): Size {
  const scale = Math.min(1, longest / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * The photo's upright size (EXIF orientation applied), read from the file's header: an image
 * element learns its size on load and decodes the pixels only when painted, which it never is.
 */
export async function uprightSize(image: Blob): Promise<Size> {
  const url = URL.createObjectURL(image)
  try {
    const element = new Image()
    await new Promise((resolve, reject) => {
      element.onload = resolve
      element.onerror = () => reject(new Error('the browser could not read the image'))
      element.src = url
    })
    return { width: element.naturalWidth, height: element.naturalHeight }
  }
  finally {
    URL.revokeObjectURL(url)
  }
}

/**
 * Decodes the image already shrunk to fit `longest`: a 12 MP photo decoded whole takes about
 * 48 MB, enough for a low-end phone to drop the page. Browsers that ignore the resize options
 * hand back the full-size image, which the canvas then shrinks as before.
 */
export async function decodeToFit(image: Blob, longest: number, sizeOf: (image: Blob) => Promise<Size> = uprightSize): Promise<ImageBitmap> {
  const upright = await sizeOf(image).catch(() => null)
  if (upright && Math.max(upright.width, upright.height) > longest) {
    const target = fittedSize(upright.width, upright.height, longest)
    const shrunk = await createImageBitmap(image, { imageOrientation: 'from-image', resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' })
      .catch(() => null)
    const fits = (bitmap: ImageBitmap, size: Size) => bitmap.width === size.width && bitmap.height === size.height
    // Anything but the size asked for or the untouched size would be a distorted photo: decode again plainly.
    if (shrunk && (fits(shrunk, target) || fits(shrunk, upright)))
      return shrunk
    shrunk?.close()
  }
  return createImageBitmap(image, { imageOrientation: 'from-image' })
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
    bitmap = await decodeToFit(file, photoLongestSide)
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

/** A 320 px JPEG thumbnail of a photo fetched from the server, for the evidence grid. */
export async function thumbnailOf(photo: Blob): Promise<Blob> {
  const bitmap = await decodeToFit(photo, thumbLongestSide)
  try {
    return (await encode(bitmap, thumbLongestSide, 0.7)).blob
  }
  finally {
    bitmap.close()
  }
}
