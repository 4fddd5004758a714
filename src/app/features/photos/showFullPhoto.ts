import { showImagePreview } from 'vant'
import { photoBlob } from '../../db/evidenceRepository'

/** Shows a stored photo full size in the image viewer, releasing its URL when the viewer closes. */
export async function showFullPhoto(sha256: string): Promise<void> {
  const blob = await photoBlob(sha256, 'full')
  if (!blob)
    return
  const url = URL.createObjectURL(blob)
  showImagePreview({ images: [url], closeable: true, onClose: () => URL.revokeObjectURL(url) })
}
