// Lets a change be taken back only while it has certainly not left the device: the work runs
// under the same Web Lock the sync engine pushes under, so no push is halfway through meanwhile.
// (Without Web Locks, very old browsers, a push may overlap; the server then keeps the change.)
import { uploaderLock } from './uploaderLock'

const uploads = uploaderLock('kaifangri-sync')

export function whileNotUploading<T>(work: () => Promise<T>): Promise<T> {
  return uploads.run(work)
}
