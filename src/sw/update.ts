import { clientsClaim } from 'workbox-core'

/**
 * A new version waits until the page asks it to take over. The page asks only after the
 * user tapped "update" with no half-filled form, so nobody loses what they were typing.
 */
export function activateOnRequest(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('message', (event) => {
    if (event.data?.type === 'SKIP_WAITING')
      void scope.skipWaiting()
  })
  // The very first install has no page to disturb: control it at once so the first visit already works offline.
  clientsClaim()
}
