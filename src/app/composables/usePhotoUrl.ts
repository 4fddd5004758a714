import { showImagePreview } from 'vant'
import { onScopeDispose, type Ref, ref, watch } from 'vue'
import { photoBlob } from '../db/evidenceRepository'

/** An object URL for a stored photo, released when the component goes away. */
export function usePhotoUrl(sha256: Ref<string>, size: 'full' | 'thumb') {
  const url = ref<string | null>(null)
  const release = () => {
    if (url.value)
      URL.revokeObjectURL(url.value)
    url.value = null
  }
  watch(sha256, async (hash) => {
    release()
    const blob = await photoBlob(hash, size)
    if (blob && hash === sha256.value)
      url.value = URL.createObjectURL(blob)
  }, { immediate: true })
  onScopeDispose(release)
  return url
}

/** Shows a stored photo full size in the image viewer, releasing its URL when the viewer closes. */
export async function showFullPhoto(sha256: string): Promise<void> {
  const blob = await photoBlob(sha256, 'full')
  if (!blob)
    return
  const url = URL.createObjectURL(blob)
  showImagePreview({ images: [url], closeable: true, onClose: () => URL.revokeObjectURL(url) })
}
