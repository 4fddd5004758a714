import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'

/** The built app shell, listed by vite-plugin-pwa at build time, served from cache first. */
export function precacheAppShell(manifest: Array<PrecacheEntry | string>): void {
  precacheAndRoute(manifest)
  // Old versions' shells are dropped once this version activates, so storage does not grow per release.
  cleanupOutdatedCaches()
}
