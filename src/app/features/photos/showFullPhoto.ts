import { showImagePreview } from 'vant'
import { photoBlob } from '../../db/evidenceRepository'

/**
 * Shows a stored photo full size in the image viewer, releasing its URL when the viewer closes.
 * One photo needs no "1 / 1" counter, and the backdrop is opaque: through Vant's translucent one
 * the page's sticky title showed behind the counter and read as one jumble.
 */
export async function showFullPhoto(sha256: string): Promise<void> {
  const blob = await photoBlob(sha256, 'full')
  if (!blob)
    return
  const url = URL.createObjectURL(blob)
  showImagePreview({
    images: [url],
    closeable: true,
    showIndex: false,
    overlayStyle: { background: '#000' },
    onClose: () => URL.revokeObjectURL(url),
  })
}
