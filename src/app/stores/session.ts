import type { StoredSession } from '../db/identity'
import type { MessageKey } from '../i18n'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { adoptSession, readSession } from '../db/identity'
import { draftPrefix } from '../composables/draftKeys'
import { readFlag, writeFlag } from '../utils/storageFlag'
import { loadSyncRuntime, whenSyncRuntimeLoaded } from '../sync/lazy'

export interface SignInFailure {
  key: MessageKey
  params?: Record<string, string | number>
}

type SyncRuntime = Awaited<ReturnType<typeof loadSyncRuntime>>

function describeSignInFailure(error: unknown, { ApiRequestError, NetworkError }: SyncRuntime): SignInFailure {
  if (error instanceof NetworkError)
    return { key: 'auth.error.offline' }
  if (error instanceof ApiRequestError) {
    if (error.status === 401 || error.status === 403)
      return { key: 'auth.error.wrongCredentials' }
    if (error.status === 429)
      return { key: 'auth.error.tooMany' }
    if (error.status === 400)
      return { key: 'auth.error.invalid', params: { detail: error.issues.map(i => i.path).join('、') || error.message } }
    return { key: 'auth.error.server', params: { status: error.status } }
  }
  throw error
}

/** The unit chosen on this device and saved drafts belong to the person leaving. */
function forgetDevicePreferencesOfUser(): void {
  const storage = globalThis.localStorage
  if (!storage)
    return
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
  for (const key of keys.filter(key => key === 'kaifangri.unit' || key.startsWith(draftPrefix)))
    storage.removeItem(key)
}

/** Caches other than the app shell's precache may hold fetched photos or pages of the leaving user. */
async function forgetCachedResponses(): Promise<void> {
  const cacheStorage = globalThis.caches
  if (!cacheStorage)
    return
  const names = await cacheStorage.keys().catch(() => [] as string[])
  await Promise.all(names.filter(name => !name.includes('precache')).map(name => cacheStorage.delete(name).catch(() => false)))
}

/**
 * Whether someone was signed in when the app last ran: known before IndexedDB answers, so the first
 * screen lays out for a signed-in user (with the sync bar) or a signed-out one, and does not jump
 * when the session is read. Only a layout hint: access always follows the stored session.
 */
const signedInHintKey = 'kaifangri.signedIn'

/** Who is signed in on this device. The session outlives the network: it is kept offline, even past expiry. */
export const useSessionStore = defineStore('session', () => {
  const session = shallowRef<StoredSession | null>(null)
  const loaded = shallowRef(false)
  const user = computed(() => session.value?.user ?? null)
  const expired = computed(() => session.value?.expired ?? false)
  const isCoordinator = computed(() => user.value?.role === 'coordinator')

  const signedInHint = readFlag(globalThis.localStorage, signedInHintKey)
  /** Before the session is read, whether it probably holds someone (see signedInHintKey); after, whether it does. */
  const probablySignedIn = computed(() => loaded.value ? Boolean(user.value) : signedInHint)

  async function load(): Promise<void> {
    session.value = await readSession()
    loaded.value = true
    writeFlag(globalThis.localStorage, signedInHintKey, Boolean(session.value?.user))
  }

  /** Resolves with null on success, or with the message to show. */
  async function signIn(username: string, password: string): Promise<SignInFailure | null> {
    let sync: SyncRuntime
    try {
      sync = await loadSyncRuntime()
    }
    catch {
      // The app's own code could not be fetched: offline before the app was ever cached whole.
      return { key: 'auth.error.offline' }
    }
    try {
      await adoptSession(await sync.syncApi.login({ username: username.trim(), password }))
    }
    catch (error) {
      return describeSignInFailure(error, sync)
    }
    await load()
    void sync.syncEngine.syncNow()
    return null
  }

  /**
   * Signs out and removes this user's data from the device (a shared phone must not show it to
   * the next person). Callers first make sure unsent changes were sent, exported or given up.
   */
  async function signOut(): Promise<void> {
    const token = session.value?.token
    // With the sync runtime (loaded by then, precached like every file): the first screen need not carry it.
    const { syncApi, forgetUserData } = await loadSyncRuntime()
    // The server's half is best effort: offline, the token simply expires there.
    if (token)
      void syncApi.logout(token).catch(() => {})
    await forgetUserData(user.value?.id ?? null)
    forgetDevicePreferencesOfUser()
    await forgetCachedResponses()
    await load()
  }

  whenSyncRuntimeLoaded(({ syncEngine }) => syncEngine.subscribe((status) => {
    if (status.problem === 'session-expired' && !expired.value)
      void load()
  }))
  void load()

  return { session, loaded, user, probablySignedIn, expired, isCoordinator, load, signIn, signOut }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
