import type { Workbox } from 'workbox-window'
import { ref } from 'vue'
import { useFormsStore } from '../stores/forms'

/** A new version is installed and waits for the user's go-ahead. */
export const updateWaiting = ref(false)
/** The app shell is cached: from now on a reload without network opens the app. */
export const offlineReady = ref(false)
/** Another tab activated a new version; this one reloads once its forms are saved. */
export const reloadPending = ref(false)

let workbox: Workbox | null = null
let userAskedToUpdate = false
const hourMs = 60 * 60 * 1000

export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator))
    return
  const { Workbox } = await import('workbox-window')
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true
  })
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate)
      offlineReady.value = true
  })
  // A change of controller after a first one means a new version took over (ours on request,
  // or another tab's); the very first install's takeover (clientsClaim) reloads nothing.
  let controlled = Boolean(navigator.serviceWorker.controller)
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled
    controlled = true
    if (!wasControlled)
      return
    if (userAskedToUpdate)
      window.location.reload()
    else
      reloadWhenFormsAreSaved()
  })
  await workbox.register()
  offlineReady.value = Boolean(navigator.serviceWorker.controller)
  // Staff keep the app open for days: look for a new version hourly and on return to the app.
  setInterval(() => void checkForUpdate(), hourMs)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible')
      void checkForUpdate()
  })
}

export type UpdateCheck = 'found' | 'none' | 'offline' | 'unavailable'

export async function checkForUpdate(): Promise<UpdateCheck> {
  if (!workbox)
    return 'unavailable'
  if (!navigator.onLine)
    return 'offline'
  try {
    await workbox.update()
  }
  catch {
    return 'offline'
  }
  const registration = await navigator.serviceWorker.getRegistration()
  return updateWaiting.value || registration?.installing || registration?.waiting ? 'found' : 'none'
}

/** Activates the waiting version; refuses while a form holds unsaved typing. */
export function applyUpdate(): boolean {
  if (useFormsStore().hasUnsaved || !workbox)
    return false
  userAskedToUpdate = true
  workbox.messageSkipWaiting()
  return true
}

function reloadWhenFormsAreSaved(): void {
  const forms = useFormsStore()
  if (!forms.hasUnsaved) {
    window.location.reload()
    return
  }
  reloadPending.value = true
  forms.$subscribe(() => {
    if (!forms.hasUnsaved)
      window.location.reload()
  })
}
