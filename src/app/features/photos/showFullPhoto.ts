import { photoBlob } from '../../db/evidenceRepository'

/**
 * Shows a stored photo full size in the image viewer, releasing its URL when the viewer closes.
 * The viewer (Vant's, with its swiping, 5 KB gzip) loads on the first tap on a photo, not with
 * the task, event and feedback screens that list photos.
 */
export async function showFullPhoto(sha256: string): Promise<void> {
  const [blob, { openFullPhotoViewer }] = await Promise.all([photoBlob(sha256, 'full'), import('./fullPhotoViewer')])
  if (!blob)
    return
  const url = URL.createObjectURL(blob)
  openFullPhotoViewer(url, () => URL.revokeObjectURL(url))
}
