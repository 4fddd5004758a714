// Background Sync where the browser has it (Chromium): the service worker wakes when the
// network returns and asks open pages to sync. Never relied on: iOS has none, and the page's
// own triggers (online, foreground, timer) do the same work.

/** The same names as in src/sw/backgroundSync.ts, which the service worker cannot import from here. */
export const backgroundSyncTag = 'kaifangri-sync'
export const syncRequestMessage = 'kaifangri:sync-now'

interface SyncManagerLike {
  register: (tag: string) => Promise<void>
}

export async function requestBackgroundSync(): Promise<void> {
  const registration = await globalThis.navigator?.serviceWorker?.getRegistration().catch(() => undefined)
  const sync = (registration as { sync?: SyncManagerLike } | undefined)?.sync
  await sync?.register(backgroundSyncTag).catch(() => {})
}

/** Calls back whenever the service worker asks this page to sync. */
export function onSyncRequestedByWorker(callback: () => void): () => void {
  const container = globalThis.navigator?.serviceWorker
  const handler = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === syncRequestMessage)
      callback()
  }
  container?.addEventListener('message', handler)
  return () => container?.removeEventListener('message', handler)
}
