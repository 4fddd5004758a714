import { ref } from 'vue'

/**
 * How much the app stores on this phone and whether the browser promised to keep it.
 * Without persistence a browser may clear the data under storage pressure; with it, only the user can.
 */
export function useStorageInfo() {
  const usage = ref<number | null>(null)
  const quota = ref<number | null>(null)
  const persisted = ref<boolean | null>(null)
  const supported = Boolean(globalThis.navigator?.storage?.estimate)

  async function refresh() {
    if (!supported)
      return
    const estimate = await navigator.storage.estimate()
    usage.value = estimate.usage ?? null
    quota.value = estimate.quota ?? null
    persisted.value = await navigator.storage.persisted?.() ?? null
  }

  /** Asks the browser to keep the data; browsers may grant it silently or only once installed. */
  async function requestPersistence(): Promise<boolean> {
    const granted = await navigator.storage?.persist?.() ?? false
    await refresh()
    return granted
  }

  return { usage, quota, persisted, supported, refresh, requestPersistence }
}

let askedThisSession = false

/**
 * After the first thing someone records, ask the browser to keep the data for good. Chromium
 * decides silently (more readily once installed), Firefox asks the person; either way it is
 * asked once per start, never in a loop.
 */
export async function askToKeepDataOnce(): Promise<void> {
  if (askedThisSession || !globalThis.navigator?.storage?.persist)
    return
  askedThisSession = true
  if (!(await navigator.storage.persisted()))
    await navigator.storage.persist().catch(() => false)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024)
    return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let i = 0
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024
    i++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[i]}`
}
