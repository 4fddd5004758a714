import type { PrecacheEntry } from 'workbox-precaching'

declare global {
  interface ServiceWorkerGlobalScope {
    /** Replaced at build time by vite-plugin-pwa with the list of app-shell files. */
    __WB_MANIFEST: Array<PrecacheEntry | string>
  }
}
