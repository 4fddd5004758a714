import { createHandlerBoundToURL } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'

/**
 * Any in-app address opens the cached index.html, so a reload in a basement works.
 * The API is never answered from here: synced data lives in IndexedDB, and an API call
 * must fail visibly offline rather than get the app shell back.
 */
export function serveAppShellForNavigations(): void {
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api(\/|$)/],
  }))
}
