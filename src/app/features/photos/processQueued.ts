import type { ProcessedPhoto } from '../../db/evidenceRepository'
import { photoQueue } from './model/photoQueue'

/**
 * Shrinks a photo on the device, after the ones picked before it (see photoQueue). The resizing
 * code comes with the first photo, not with the forms that offer one; it is precached, so offline too.
 */
export function processPhoto(file: File): Promise<ProcessedPhoto> {
  return photoQueue.add(async () => (await import('./model/photoResize')).processPhoto(file))
}
