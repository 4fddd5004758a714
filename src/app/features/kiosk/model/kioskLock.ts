// Kiosk mode: the staff phone handed to visitors shows one event's questionnaire and nothing
// else until the staff PIN is entered. The lock lives in localStorage, so a reload, a crash or
// a new tab opens the questionnaire again. This is the lock's state, which the router guard reads
// on every start; setting and lifting it with the PIN is kioskPin.ts, loaded with the kiosk screens.
import { readonly, ref } from 'vue'

export interface KioskLock {
  eventId: string
  questionnaireId: string
  salt: string
  pinHash: string
  iterations: number
  startedAt: number
}

const lockKey = 'kaifangri.kiosk'

export function readStored<T>(key: string): T | null {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null') as T | null
  }
  catch {
    return null
  }
}

export function writeStored(key: string, value: unknown): void {
  if (value === null)
    globalThis.localStorage?.removeItem(key)
  else
    globalThis.localStorage?.setItem(key, JSON.stringify(value))
}

const lock = ref<KioskLock | null>(readStored<KioskLock>(lockKey))

/** The lock in force, read-only: watched by the kiosk screen and the router guard. */
export const kioskLock = readonly(lock)

/** Puts a lock in force (or lifts it), here and for a reload. */
export function setKioskLock(next: KioskLock | null): void {
  writeStored(lockKey, next)
  lock.value = next
}
