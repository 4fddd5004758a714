import { onScopeDispose, type Ref, ref, watch } from 'vue'
import { photoBlob } from '../../../db/evidenceRepository'
import { cachePhoto } from '../../../db/photoCacheRepository'
import { useSessionStore } from '../../../stores/session'
import { loadSyncRuntime } from '../../../sync/lazy'

/**
 * ready: shown from the device. loading: being fetched. offline: on the server, shown once there is
 * a network (and a session). missing: the phone that took it has not uploaded it yet. failed: refused or unreadable.
 */
export type RemotePhotoState = 'ready' | 'loading' | 'offline' | 'missing' | 'failed'

type Fetched = 'ready' | Exclude<RemotePhotoState, 'ready' | 'loading'>

// One download per photo, however many thumbnails and viewers ask for it at once.
const downloads = new Map<string, Promise<Fetched>>()

async function download(sha256: string, token: string): Promise<Fetched> {
  // The server's client comes with the sync engine, which the app loads after its first paint
  // anyway: screens that show photos do not bring it along with them.
  const { syncApi, ApiRequestError, NetworkError } = await loadSyncRuntime()
  let blob: Blob
  try {
    blob = await syncApi.getPhoto(token, sha256)
  }
  catch (error) {
    if (error instanceof NetworkError)
      return 'offline'
    if (error instanceof ApiRequestError)
      return error.status === 404 ? 'missing' : error.status === 401 ? 'offline' : 'failed'
    throw error
  }
  // Checking and shrinking a fetched photo is code only a download needs, so it comes with one:
  // screens that show photos taken on this phone do not bring it along.
  const [{ sha256Hex }, { thumbnailOf, uprightSize }] = await Promise.all([import('../model/sha256'), import('../model/photoResize')])
  // The bytes are kept under their hash, so they must be the bytes that hash names.
  if (await sha256Hex(blob) !== sha256)
    return 'failed'
  try {
    const [thumb, size] = await Promise.all([thumbnailOf(blob), uprightSize(blob)])
    await cachePhoto({ sha256, blob, thumb, mime: blob.type || 'image/jpeg', ...size, bytes: blob.size })
    return 'ready'
  }
  catch {
    return 'failed'
  }
}

/** Makes sure the photo is on the device, fetching it from the server when it is not. */
export async function ensurePhoto(sha256: string, token: string | null): Promise<Fetched> {
  if (await photoBlob(sha256, 'full'))
    return 'ready'
  if (!token || globalThis.navigator?.onLine === false)
    return 'offline'
  let pending = downloads.get(sha256)
  if (!pending) {
    pending = download(sha256, token).finally(() => downloads.delete(sha256))
    downloads.set(sha256, pending)
  }
  return pending
}

/**
 * An object URL for a photo, whether this phone took it or another one did: a photo recorded
 * elsewhere is fetched (with the session) the first time it is shown and kept on the device.
 * Offline it waits, and tries again when the network returns.
 */
export function useRemotePhoto(sha256: Ref<string>, size: 'full' | 'thumb' = 'thumb') {
  const session = useSessionStore()
  const url = ref<string | null>(null)
  const state = ref<RemotePhotoState>('loading')
  const release = () => {
    if (url.value)
      URL.revokeObjectURL(url.value)
    url.value = null
  }

  let attempt = 0
  async function show(hash: string) {
    const mine = ++attempt
    const fetched = await ensurePhoto(hash, session.session?.token ?? null).catch((): Fetched => 'failed')
    const blob = fetched === 'ready' ? await photoBlob(hash, size) : undefined
    // A later attempt (another photo, a new session) decides what is shown.
    if (mine !== attempt)
      return
    release()
    url.value = blob ? URL.createObjectURL(blob) : null
    state.value = blob ? 'ready' : fetched === 'ready' ? 'failed' : fetched
  }

  const retry = () => {
    if (state.value === 'offline' || state.value === 'missing')
      void show(sha256.value)
  }
  // A session read from the device a moment later, or a fresh sign-in, is a reason to try again.
  watch([sha256, () => session.session?.token], ([hash], previous) => {
    if (hash !== previous?.[0] || state.value !== 'ready') {
      state.value = 'loading'
      void show(hash)
    }
  }, { immediate: true })
  globalThis.addEventListener?.('online', retry)
  onScopeDispose(() => {
    globalThis.removeEventListener?.('online', retry)
    release()
  })
  return { url, state }
}
