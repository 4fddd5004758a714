import { showImagePreview } from 'vant'
import 'vant/es/image-preview/style'

/**
 * Vant's image viewer over the page, showing `url` until closed. One photo needs no "1 / 1"
 * counter, and the backdrop is opaque: through Vant's translucent one the page's sticky title
 * showed behind the counter and read as one jumble.
 */
export function openFullPhotoViewer(url: string, onClose: () => void): void {
  showImagePreview({
    images: [url],
    closeable: true,
    showIndex: false,
    overlayStyle: { background: '#000' },
    onClose,
  })
}
