import type { ProcessedPhoto } from '../../db/evidenceRepository'
import { photoQueue } from './model/photoQueue'
import { processPhoto as shrink } from './model/photoResize'

/** Shrinks a photo on the device, after the ones picked before it (see photoQueue). */
export function processPhoto(file: File): Promise<ProcessedPhoto> {
  return photoQueue.add(() => shrink(file))
}
