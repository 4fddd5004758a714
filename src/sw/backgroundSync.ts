// The service worker's part of Background Sync: when the browser fires the sync the page
// registered while offline, ask every open page to sync. The engine lives in the page, so a
// sync with no page open waits for the next start; nothing depends on this event firing.

/** The same names as in src/app/sync/backgroundSync.ts. */
const backgroundSyncTag = 'kaifangri-sync'
const syncRequestMessage = 'kaifangri:sync-now'

interface SyncEventLike extends ExtendableEvent {
  readonly tag: string
}

export function askPagesToSyncOnBackgroundSync(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('sync', (event) => {
    const sync = event as SyncEventLike
    if (sync.tag !== backgroundSyncTag)
      return
    sync.waitUntil(sw.clients.matchAll({ type: 'window' }).then((pages) => {
      for (const page of pages)
        page.postMessage({ type: syncRequestMessage })
    }))
  })
}
